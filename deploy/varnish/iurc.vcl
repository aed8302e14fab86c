# Varnish 7.1 (Debian's package) in front of the gunicorn nodes. What is cached, and for how long, is decided
# by the backend's Cache-Control (s-maxage); this file adds the edge's own duties: health-checked round robin
# with retries, 24 h of grace, purges and bans from the site (wagtail.contrib.frontend_cache) and clean headers.
# The nodes are in backends.vcl (see backends.vcl.example; scripts/varnish.py writes one for local runs).
vcl 4.1;

import directors;
import std;

# Who may PURGE and BAN: the app nodes on this machine. Add their addresses when they run elsewhere.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

# A node is in rotation while /healthz answers 200 (the database answers); 2 of the last 3 probes decide.
probe healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
    .expected_response = 200;
}

sub vcl_init {
    new app = directors.round_robin();
}

include "backends.vcl";

sub vcl_recv {
    if (req.restarts == 0) {
        unset req.http.x-cache;
        unset req.http.x-stale-if-error;
    }
    set req.backend_hint = app.backend();
    set req.http.host = std.tolower(req.http.host);

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # A ban is words separated by spaces: a value without spaces (or quotes) can't add a condition.
        if (req.http.host !~ "^[a-z0-9.:\[\]-]+$" || req.url ~ {"["\\[:space:]]"}) {
            return (synth(400, "Bad request"));
        }
        set req.http.x-ban-host = regsub(req.http.host, ":[0-9]+$", "");
        if (req.method == "PURGE") {
            # The path and every query-string variant of it, for this host: compared as strings, not patterns.
            std.ban("obj.http.x-host == " + req.http.x-ban-host + " && obj.http.x-path == "
                + regsub(req.url, "\?.*$", ""));
        } else {
            # BAN: everything of this host (a change seen on every page: settings, navigation, snippets).
            std.ban("obj.http.x-host == " + req.http.x-ban-host);
        }
        if (std.ban_error() != "") {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, "Banned"));
    }
    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$") {
        return (synth(405, "Method not allowed"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin (previews included) and anyone signed in see personal pages: straight to the backend.
    if (req.url ~ "^/admin(/|$)" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Public pages are the same for everyone: other cookies (CSRF token, analytics) would only split the cache.
    unset req.http.Cookie;
    unset req.http.Authorization;

    # While a node is healthy a stale page is served for 10 s at most (and refreshed behind it); when none is,
    # or the backend just failed (x-stale-if-error, set in vcl_synth), for the whole grace of 24 h.
    if (std.healthy(req.backend_hint) && !req.http.x-stale-if-error) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(regsub(req.http.host, ":[0-9]+$", ""));
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
    return (lookup);
}

sub vcl_hit {
    if (obj.ttl > 0s) {
        set req.http.x-cache = "HIT";
    } else {
        set req.http.x-cache = "HIT-STALE";
    }
}

sub vcl_miss {
    set req.http.x-cache = "MISS";
}

sub vcl_pass {
    set req.http.x-cache = "PASS";
}

sub vcl_backend_fetch {
    unset bereq.http.x-cache;
    unset bereq.http.x-stale-if-error;
}

sub vcl_backend_response {
    # A dead node or a failing one: try the next node (round robin) for requests that are safe to repeat.
    if (beresp.status >= 500 && bereq.method ~ "^(GET|HEAD)$") {
        if (bereq.retries < 2) {
            return (retry);
        }
        # Keep the stale copy rather than replace it with an error; the client then gets it (vcl_synth).
        if (!bereq.uncacheable) {
            return (abandon);
        }
    }
    # For the ban lurker: bans test only the object, never the request.
    set beresp.http.x-host = regsub(bereq.http.host, ":[0-9]+$", "");
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # Only what the backend declares cacheable is cached (no default TTL of Varnish's own).
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.ttl = 0s;
    }
    set beresp.grace = 24h;
    # The whole body is fetched before the client gets a byte: a node killed in the middle of a response then
    # fails the fetch (answered by vcl_synth, which tries again) instead of cutting the client's response short.
    # Pages, the API and documents are small enough to hold; streaming would only save the first byte's wait.
    set beresp.do_stream = false;
}

sub vcl_backend_error {
    if (bereq.method ~ "^(GET|HEAD)$") {
        if (bereq.retries < 2) {
            return (retry);
        }
        if (!bereq.uncacheable) {
            return (abandon);
        }
    }
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.x-cache;
    unset resp.http.x-host;
    unset resp.http.x-path;
    unset resp.http.Server;
    unset resp.http.X-Powered-By;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    # A failed fetch: once more (on the next node), now accepting a copy of any age within the grace.
    if (resp.status == 503 && req.method ~ "^(GET|HEAD)$" && !req.http.x-stale-if-error
        && req.http.x-cache ~ "^(MISS|PASS)$") {
        set req.http.x-stale-if-error = "1";
        return (restart);
    }
    unset resp.http.Server;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    set resp.http.Cache-Control = "no-store";
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = "" + resp.status + " " + resp.reason + {"
"};
    return (deliver);
}
