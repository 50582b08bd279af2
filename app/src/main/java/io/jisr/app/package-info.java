/**
 * The composition root: the {@code jisr} command and the plain-code wiring of its subcommands to the
 * process's streams. Capabilities live in sub-packages, one per subcommand family.
 */
package io.jisr.app;
