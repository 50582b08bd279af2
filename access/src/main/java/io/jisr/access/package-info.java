/**
 * Who may use a node and what they did: local accounts with roles, Argon2id password hashes, login
 * throttling, sessions, API tokens and the audit log. Plain Java: the {@link io.jisr.access.AccountStore}
 * port is implemented by the store module, and the HTTP layer in the application calls {@link
 * io.jisr.access.Accounts}.
 */
package io.jisr.access;
