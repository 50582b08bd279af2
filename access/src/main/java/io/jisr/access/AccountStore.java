package io.jisr.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts, password hashes, sessions, API tokens and the audit log are kept. Implementations
 * are thread-safe, and every method is one transaction.
 */
public interface AccountStore {

    /** Returns the account named {@code username}, if any. */
    Optional<Account> account(Username username);

    /** Returns every account, by username. */
    List<Account> accounts();

    /**
     * Adds an account with its password hash.
     *
     * @return false if an account with that name exists (nothing is changed)
     */
    boolean create(Account account, String passwordHash);

    /** Replaces the stored fields of an existing account (the password hash is kept). */
    void update(Account account);

    /** Returns the PHC string of the account's password, if the account exists. */
    Optional<String> passwordHash(Username username);

    /** Replaces the account (its password fields) and its password hash together. */
    void updatePassword(Account account, String passwordHash);

    /** Adds a session. */
    void createSession(Session session);

    /** Returns the session whose id hashes to {@code idHash}, if any. */
    Optional<Session> session(String idHash);

    /** Records that a session was used at {@code time}. */
    void touchSession(String idHash, Instant time);

    /** Ends one session. */
    void deleteSession(String idHash);

    /** Ends every session of {@code username}. */
    void deleteSessions(Username username);

    /** Deletes the sessions that expired, at the latest, before {@code time}; returns how many. */
    int deleteSessionsExpiredBefore(Instant time);

    /** Adds a token. */
    void createToken(ApiToken token);

    /** Returns the token with the public id {@code id}, if any. */
    Optional<ApiToken> token(String id);

    /** Returns the token whose secret hashes to {@code secretHash}, if any. */
    Optional<ApiToken> tokenBySecretHash(String secretHash);

    /** Returns the tokens of {@code owner}, oldest first. */
    List<ApiToken> tokens(Username owner);

    /** Records that a token was used at {@code time}. */
    void touchToken(String id, Instant time);

    /** Deletes a token; returns whether it existed. */
    boolean deleteToken(String id);

    /** Appends to the audit log. */
    void append(AuditEntry entry);

    /** Returns the audit entries the query selects, newest first. */
    List<AuditEntry> audit(AuditQuery query);
}
