package io.jisr.app.http;

import io.javalin.http.HandlerType;
import io.jisr.access.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may make a request, decided from its method and path alone, before any handler runs. One table
 * for the whole API, so that a new route is protected by default: every path under {@code /api} that
 * is not named here is data, for any account holding a role.
 */
enum RouteAccess {
    /** Anyone: health, the OpenAPI document, the web UI's static files. */
    PUBLIC(Set.of()),
    /** Anyone, from the node's own origin: {@code POST /api/session}. */
    LOGIN(Set.of()),
    /** Any signed-in account, even one that must change its password: its session and the change itself. */
    SIGNED_IN_ANY_STATE(Set.of()),
    /** Any signed-in account: its settings and tokens, the UI configuration, metrics. */
    SIGNED_IN(Set.of()),
    /** Any account holding at least one role: the picture, tracks, feeds, the live view. */
    DATA(EnumSet.allOf(Role.class)),
    /** Those who keep the watch or analyse: acknowledging and closing alerts, importing and removing zones. */
    WATCH_DESK(EnumSet.of(Role.WATCH_OFFICER, Role.ANALYST)),
    /** Rescue coordinators: running and cancelling drifts. */
    SAR_DESK(EnumSet.of(Role.SAR_COORDINATOR)),
    /** Analysts: importing and writing incident reports. */
    ANALYST_DESK(EnumSet.of(Role.ANALYST)),
    /** Programme officers: changing the cooperation programme register. */
    PROGRAMME_DESK(EnumSet.of(Role.PROGRAMME_OFFICER)),
    /**
     * Programme officers and administrators: reading the programme register, which is the cooperation's
     * business, not the watch's.
     */
    PROGRAMME_READ(EnumSet.of(Role.PROGRAMME_OFFICER, Role.ADMINISTRATOR)),
    /** Watch officers and administrators: the state of the federation links with partner nodes. */
    FEDERATION_READ(EnumSet.of(Role.WATCH_OFFICER, Role.ADMINISTRATOR)),
    /**
     * Administrators: accounts, the audit log, the federation's agreements (reading and changing them) and the
     * exchange audit chain.
     */
    ADMINISTRATION(Set.of(Role.ADMINISTRATOR));

    private final Set<Role> roles;

    RouteAccess(Set<Role> roles) {
        this.roles = roles;
    }

    /** Returns the roles of which the account needs one; empty when none is needed. */
    Set<Role> roles() {
        return roles;
    }

    /** Returns the access rule of a request. */
    static RouteAccess of(HandlerType method, String path) {
        if (path.equals("/metrics")) {
            return SIGNED_IN;
        }
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return PUBLIC;
        }
        if (path.equals("/api/session")) {
            return HandlerType.POST.equals(method) ? LOGIN : SIGNED_IN_ANY_STATE;
        }
        if (path.equals("/api/session/password")) {
            return SIGNED_IN_ANY_STATE;
        }
        if (under(path, "/api/users") || under(path, "/api/audit")) {
            return ADMINISTRATION;
        }
        if ((path.startsWith("/api/alerts/") || under(path, "/api/zones")) && !HandlerType.GET.equals(method)) {
            return WATCH_DESK;
        }
        if (under(path, "/api/incidents") && !HandlerType.GET.equals(method)) {
            return ANALYST_DESK;
        }
        if (under(path, "/api/programme")) {
            return HandlerType.GET.equals(method) ? PROGRAMME_READ : PROGRAMME_DESK;
        }
        if (under(path, "/api/federation/agreements") || under(path, "/api/federation/audit")) {
            return ADMINISTRATION;
        }
        if (under(path, "/api/federation")) {
            return FEDERATION_READ;
        }
        if (under(path, "/api/sar") && !HandlerType.GET.equals(method)) {
            return SAR_DESK;
        }
        if (under(path, "/api/me") || under(path, "/api/tokens") || under(path, "/api/ui-config")) {
            return SIGNED_IN;
        }
        return DATA;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
