package es.conectaempleo.lti.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.conectaempleo.lti.lti.LoopbackPlatform;
import es.conectaempleo.lti.lti.LoopbackPlatform.Reply;
import es.conectaempleo.lti.lti.ServiceCallException;
import es.conectaempleo.lti.lti.ServiceFailure;
import es.conectaempleo.lti.lti.claims.NrpsScopes;
import es.conectaempleo.lti.lti.token.ServiceToken;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NrpsClientTest {
  private static final ServiceToken TOKEN =
      ServiceToken.bearer(
          "nrps-token",
          Set.of(NrpsScopes.CONTEXT_MEMBERSHIP_READONLY),
          Instant.parse("2100-01-01T00:00:00Z"));
  private static final String MEMBERSHIPS =
      "/mod/lti/services.php/CourseSection/2/bindings/3/memberships";

  /** NRPS 2.0 §2.2 membership container example, with an Instructor and a Learner. */
  private static final String SPEC_PAGE =
      """
      {
        "id" : "https://lms.example.com/sections/2923/memberships",
        "context": { "id": "2923-abc", "label": "CPS 435", "title": "CPS 435 Learning Analytics" },
        "members" : [
          {
            "status" : "Active",
            "name": "Jane Q. Public",
            "picture" : "https://platform.example.edu/jane.jpg",
            "given_name" : "Jane",
            "family_name" : "Doe",
            "middle_name" : "Marie",
            "email": "jane@platform.example.edu",
            "user_id" : "0ae836b9-7fc9-4060-006f-27b2066ac545",
            "lis_person_sourcedid": "59254-6782-12ab",
            "roles": [ "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor" ]
          }
        ]
      }
      """;

  private static final String SECOND_PAGE =
      """
      {"id": "x", "context": {"id": "ignored on later pages"}, "members": [
        {"status": "Inactive", "user_id": 5, "roles": ["Learner"]},
        {"user_id": "6", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}
      ]}
      """;

  private static NrpsClient client() {
    return new NrpsClient(LoopbackPlatform.http(Clock.systemUTC()));
  }

  /** Strict as Moodle: exact Accept, bearer token; pages by limit/from with a normal-quote Link. */
  private static LoopbackPlatform moodle() throws Exception {
    return LoopbackPlatform.start(
        exchange -> {
          if (!"Bearer nrps-token".equals(exchange.header("Authorization"))) {
            return Reply.of(401, "");
          }
          if (!"application/vnd.ims.lti-nrps.v2.membershipcontainer+json"
              .equals(exchange.header("Accept"))) {
            return Reply.of(400, "{\"reason\":\"Invalid request made.\"}");
          }
          if (exchange.query().get("from") == null) {
            return Reply.of(200, SPEC_PAGE)
                .header("Link", "<" + MEMBERSHIPS + "?limit=1&from=1>; rel=\"next\"");
          }
          return Reply.of(200, SECOND_PAGE)
              .header(
                  "Link",
                  "<https://lms.example.com/sections/2923/memberships?since=672>;"
                      + " rel=\"differences\"");
        });
  }

  @Test
  void testAllPages() throws Exception {
    try (var platform = moodle()) {
      MembershipContainer roster = client().members(platform.uri(MEMBERSHIPS), null, 1, TOKEN);

      assertThat(roster.contextId()).isEqualTo("2923-abc");
      assertThat(roster.contextLabel()).isEqualTo("CPS 435");
      assertThat(roster.contextTitle()).isEqualTo("CPS 435 Learning Analytics");
      assertThat(roster.members())
          .extracting(Membership::userId)
          .containsExactly("0ae836b9-7fc9-4060-006f-27b2066ac545", "5", "6");
      assertThat(roster.differencesUrl())
          .hasToString("https://lms.example.com/sections/2923/memberships?since=672");
      assertThat(platform.exchanges()).hasSize(2);
      assertThat(platform.exchanges().get(0).query()).containsEntry("limit", "1");
    }
  }

  @Test
  void testMemberFields() throws Exception {
    try (var platform = moodle()) {
      List<Membership> members =
          client().members(platform.uri(MEMBERSHIPS), null, null, TOKEN).members();

      assertThat(members.get(0))
          .isEqualTo(
              new Membership(
                  "0ae836b9-7fc9-4060-006f-27b2066ac545",
                  MemberStatus.ACTIVE,
                  List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"),
                  "Jane Q. Public",
                  "Jane",
                  "Doe",
                  "Marie",
                  "jane@platform.example.edu",
                  "59254-6782-12ab"));
      assertThat(members.get(0).roleSet().isStaff()).isTrue();
      assertThat(members.get(1).status()).isEqualTo(MemberStatus.INACTIVE);
      assertThat(members.get(1).roleSet().isLearner()).isTrue();
      assertThat(members.get(2).status()).isEqualTo(MemberStatus.ACTIVE);
      assertThat(members.get(2).email()).isNull();
    }
  }

  @Test
  void testRoleFilter() throws Exception {
    try (var platform = moodle()) {
      client().members(platform.uri(MEMBERSHIPS + "?rlid=12"), "Learner", null, TOKEN);

      assertThat(platform.exchanges().get(0).query())
          .containsEntry("rlid", "12")
          .containsEntry("role", "Learner");
    }
  }

  @Test
  void testUnauthorized() throws Exception {
    try (var platform = moodle()) {
      ServiceToken wrong = ServiceToken.bearer("other", Set.of(), Instant.EPOCH);

      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> client().members(platform.uri(MEMBERSHIPS), null, null, wrong));

      assertThat(e.isUnauthorized()).isTrue();
    }
  }

  /** A roster is all or nothing: a member without user_id fails the whole call. */
  @Test
  void testMemberWithoutUserIdRejected() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                Reply.of(200, "{\"members\":[{\"user_id\":\"1\"},{\"status\":\"Active\"}]}"))) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> client().members(platform.uri(MEMBERSHIPS), null, null, TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
    }
  }

  /**
   * A next page the tool may not call with its token (plain http beyond loopback) fails the whole
   * roster: cut short there, the first page would pass for the whole course.
   */
  @Test
  void testNextPageTheToolMayNotCallFailsTheRoster() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange ->
                Reply.of(200, SPEC_PAGE)
                    .header("Link", "<http://lms.example.com/sections/2923/memberships?page=2>; rel=\"next\""))) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () -> client().members(platform.uri(MEMBERSHIPS), null, null, TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(e.failure().detail()).contains("not an https URL");
      assertThat(platform.exchanges()).hasSize(1);
    }
  }

  @Test
  void testPagingBounded() throws Exception {
    try (var platform =
        LoopbackPlatform.start(
            exchange -> {
              int from = Integer.parseInt(exchange.query().getOrDefault("from", "0"));
              return Reply.of(200, "{\"members\":[]}")
                  .header("Link", "<" + MEMBERSHIPS + "?from=" + (from + 1) + ">; rel=\"next\"");
            })) {
      var e =
          catchThrowableOfType(
              ServiceCallException.class,
              () ->
                  new NrpsClient(LoopbackPlatform.http(Clock.systemUTC()), 5)
                      .members(platform.uri(MEMBERSHIPS), null, null, TOKEN));

      assertThat(e.failure().kind()).isEqualTo(ServiceFailure.Kind.MALFORMED_RESPONSE);
      assertThat(platform.exchanges()).hasSize(5);
    }
  }

  @Test
  void testEndpointClaim() throws Exception {
    var moodle =
        NrpsEndpoint.fromClaim(
                com.nimbusds.jose.util.JSONObjectUtils.parse(
                    "{\"context_memberships_url\":\"https://moodle.example.org"
                        + MEMBERSHIPS
                        + "\",\"service_versions\":[\"1.0\",\"2.0\"]}"))
            .orElseThrow();

    assertThat(moodle.contextMembershipsUrl())
        .isEqualTo(URI.create("https://moodle.example.org" + MEMBERSHIPS));
    assertThat(moodle.supportsVersion2()).isTrue();
    assertThat(NrpsEndpoint.fromClaim(null)).isEmpty();
    assertThat(NrpsEndpoint.fromClaim(java.util.Map.of("service_versions", List.of("2.0"))))
        .isEmpty();
    assertThat(NrpsEndpoint.fromClaim(java.util.Map.of("context_memberships_url", "relative/x")))
        .isEmpty();
    String tooLong = "https://moodle.example.org/" + "x".repeat(es.conectaempleo.lti.lti.JsonMembers.MAX_URL_LENGTH);
    assertThat(NrpsEndpoint.fromClaim(java.util.Map.of("context_memberships_url", tooLong))).isEmpty();
  }
}
