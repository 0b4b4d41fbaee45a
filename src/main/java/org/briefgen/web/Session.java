package org.briefgen.web;

/**
 * One browser's session: its random token (the cookie), its CSRF token (in every form), and the
 * officer signed in, or null. The acting officer is read from here, and only here.
 */
record Session(String token, String csrf, String officer, long created) {

    Session withOfficer(String name, String newToken, String newCsrf) {
        return new Session(newToken, newCsrf, name, System.currentTimeMillis());
    }
}
