package org.geobrief.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users of a shared server, from configuration: {@code geobrief.users[0].name=ana},
 * {@code geobrief.users[0].password-hash={bcrypt}$2a$10$...} ({@code java -jar geobrief.jar hash-password} makes one),
 * {@code geobrief.users[0].role=analyst}. None on the single-user default.
 */
@ConfigurationProperties("geobrief")
public class GeoBriefUsers {

    /** One configured user. */
    public static class User {
        private String name;
        private String passwordHash;
        private String role = "viewer";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public void setPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    private List<User> users = new ArrayList<>();

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }
}
