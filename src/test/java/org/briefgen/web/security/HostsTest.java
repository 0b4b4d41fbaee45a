package org.briefgen.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Host values the workbench serves, written every way a browser or an attacker might. */
class HostsTest {

    static Hosts hosts(String bind, String... names) {
        return new Hosts(bind, List.of(names), new Access(List.of(names), null, null, null, false, null));
    }

    @Test
    void onLoopbackThisMachinesNamesWithTheRequestsPort() {
        Hosts loopback = hosts("127.0.0.1");
        for (String host : List.of("127.0.0.1:8080", "localhost:8080", "LocalHost:8080", "[::1]:8080",
                "[0:0:0:0:0:0:0:1]:8080", " localhost:8080 ")) {
            assertThat(loopback.allows(host, 8080, "http")).as(host).isTrue();
        }
        for (String host : List.of("localhost", "localhost:8081", "localhost.:8080", "localhost:08080x",
                "attacker.example:8080", "127.0.0.1.nip.io:8080", "[::1]", "::1:8080", "[evil.example]:8080",
                "localhost:99999", "user@localhost:8080", "localhost:8080/", "")) {
            assertThat(loopback.allows(host, 8080, "http")).as(host).isFalse();
        }
        assertThat(loopback.allows(null, 8080, "http")).isFalse();
        // the scheme's own port may be left out, as browsers do
        assertThat(loopback.allows("localhost", 80, "http")).isTrue();
        assertThat(loopback.allows("localhost", 443, "https")).isTrue();
    }

    @Test
    void beyondLoopbackItsAddressAndTheNamesGiven() {
        Hosts lan = hosts("192.0.2.10", "bench.example.org", "Other.Example.org:8443");
        assertThat(lan.allows("192.0.2.10:8080", 8080, "https")).isTrue();
        assertThat(lan.allows("localhost:8080", 8080, "https")).isFalse();
        assertThat(lan.allows("127.0.0.1:8080", 8080, "https")).isFalse();
        assertThat(lan.allows("bench.example.org", 8080, "https")).isTrue();
        assertThat(lan.allows("bench.example.org:8080", 8080, "https")).isTrue();
        assertThat(lan.allows("bench.example.org:9999", 8080, "https")).isFalse();
        assertThat(lan.allows("other.example.org:8443", 8080, "https")).isTrue();
        assertThat(lan.allows("other.example.org", 8080, "https")).isFalse();
        assertThat(lan.allows("evil.bench.example.org", 8080, "https")).isFalse();
        assertThat(lan.allows("bench.example.org.evil.example", 8080, "https")).isFalse();
    }

    @Test
    void onEveryAddressTheAddressServePrintsAndLoopbacksNames() {
        Hosts any = hosts("0.0.0.0");
        assertThat(any.allows("0.0.0.0:8080", 8080, "https")).isTrue();
        assertThat(any.allows("127.0.0.1:8080", 8080, "https")).isTrue();
        assertThat(any.allows("attacker.example:8080", 8080, "https")).isFalse();
    }

    @Test
    void aHostOptionThatIsNoNameIsRefused() {
        for (String bad : List.of("http://bench.example.org/", "bench example", "bench.example.org:http", "")) {
            assertThatThrownBy(() -> new Access(List.of(bad), null, null, null, false, null)).as(bad).isInstanceOf(
                    IllegalArgumentException.class).hasMessageContaining("is not a host name");
        }
    }
}
