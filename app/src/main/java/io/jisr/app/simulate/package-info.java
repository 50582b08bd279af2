/**
 * {@code jisr simulate} and {@code jisr demo}: the traffic simulator's command line, its outputs
 * (file, standard output, TCP, UDP), pacing in real time or at a sustained rate, and the YAML
 * reader for scenario files.
 */
package io.jisr.app.simulate;
