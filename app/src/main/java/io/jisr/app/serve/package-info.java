/** The {@code jisr serve} and {@code jisr replay} commands: run a node, and feed one with a recording. */
package io.jisr.app.serve;
