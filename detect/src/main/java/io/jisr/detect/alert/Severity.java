package io.jisr.detect.alert;

/** How urgent an alert is, least first. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
