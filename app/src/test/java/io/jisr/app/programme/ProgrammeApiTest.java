package io.jisr.app.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jisr.access.Role;
import io.jisr.app.alerts.AlertNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme register through the API on a real node: who may read and write it, the MoU with its signed
 * text, three working groups, a meeting with two decisions and three action items, one marked done and one
 * overdue on the dashboard, the calendar read by ical4j and the report by PDFBox, every change audited, and
 * all of it back after a restart.
 */
class ProgrammeApiTest {
    private final ObjectMapper json = new ObjectMapper();

    private static final String MOU = """
            {"owningSide": "DZA", "kind": "MEMORANDUM_OF_UNDERSTANDING",
             "title": "Memorandum on defence and security cooperation", "parties": ["DZA", "FRA"],
             "signed": "2021-02-10", "entryIntoForce": "2021-03-01",
             "initial": "P5Y", "renewal": "P5Y", "notice": "P6M", "sharingAgreementIds": ["AGR-1"]}""";

    private static String group(String name, String dza, String fra) {
        return """
                {"owningSide": "DZA", "name": "%s",
                 "coChairs": [{"name": "%s", "side": "DZA"}, {"name": "%s", "side": "FRA"}],
                 "termsOfReference": "Meets twice a year."}""".formatted(name, dza, fra);
    }

    @Test
    void programmeOfficer_registersMeetsAndFollowsUp_exportsOpenAndRestartRestores(@TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String before;
        byte[] text = ("%PDF-1.7\n% the signed text of the memorandum\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("po", Role.PROGRAMME_OFFICER);
            node.user("admin", Role.ADMINISTRATOR);
            node.user("victor", Role.WATCH_OFFICER);

            // Who may: the watch may not read, administrators read but do not write.
            assertThat(node.get("victor", "/api/programme").statusCode()).isEqualTo(403);
            assertThat(node.post("admin", "/api/programme/instruments", MOU).statusCode())
                    .isEqualTo(403);
            assertThat(node.get("admin", "/api/programme").statusCode()).isEqualTo(200);

            // Every bad field named, with the value sent.
            var bad = node.post("po", "/api/programme/instruments", """
                    {"owningSide": "XXX", "kind": "TREATY", "title": " ", "parties": ["DZA"],
                     "signed": "2021-02-10", "entryIntoForce": "2021-02-01", "initial": "5 years"}""");
            assertThat(bad.statusCode()).isEqualTo(400);
            JsonNode errors = json.readTree(bad.body());
            assertThat(errors.path("code").asText()).isEqualTo("BAD_PARAMETER");
            assertThat(fieldNames(errors.path("errors")))
                    .containsExactly("owningSide", "kind", "title", "parties", "entryIntoForce", "initial");
            assertThat(errors.path("errors")
                            .path("entryIntoForce")
                            .get(0)
                            .path("message")
                            .asText())
                    .isEqualTo("must not be before the signature 2021-02-10");
            assertThat(errors.path("errors").path("kind").get(0).path("message").asText())
                    .isEqualTo("must be one of MEMORANDUM_OF_UNDERSTANDING, IMPLEMENTING_ARRANGEMENT, LETTER");
            assertThat(json.readTree(node.post("po", "/api/programme/instruments", "{\"tilte\": \"x\"}")
                                    .body())
                            .path("errors")
                            .has("tilte"))
                    .isTrue();

            var mou = node.post("po", "/api/programme/instruments", MOU);
            assertThat(mou.statusCode()).isEqualTo(201);
            JsonNode registered = json.readTree(mou.body());
            String mouId = registered.path("id").asText();
            assertThat(mouId).isEqualTo("DZA-I-1");
            assertThat(registered.path("status").asText()).isEqualTo("IN_FORCE");

            // The signed text: a PDF only, checked by its first bytes, at most 16 MB.
            var notPdf = node.postBytes(
                    "po",
                    "/api/programme/instruments/" + mouId + "/text?fileName=mou.pdf",
                    "<html>".getBytes(),
                    "application/pdf");
            assertThat(notPdf.statusCode()).isEqualTo(400);
            assertThat(json.readTree(notPdf.body()).path("message").asText())
                    .isEqualTo("bad parameter body: must be a PDF file (starting with %PDF-)");
            byte[] huge = new byte[16 * 1024 * 1024 + 1];
            System.arraycopy(text, 0, huge, 0, 5);
            assertThat(node.postBytes(
                                    "po",
                                    "/api/programme/instruments/" + mouId + "/text?fileName=big.pdf",
                                    huge,
                                    "application/pdf")
                            .statusCode())
                    .isEqualTo(413);
            assertThat(node.postBytes(
                                    "po",
                                    "/api/programme/instruments/DZA-I-9/text?fileName=a.pdf",
                                    text,
                                    "application/pdf")
                            .statusCode())
                    .isEqualTo(404);
            var attached = node.postBytes(
                    "po", "/api/programme/instruments/" + mouId + "/text?fileName=mou.pdf", text, "application/pdf");
            assertThat(attached.statusCode()).isEqualTo(200);
            String pdfSha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text));
            assertThat(json.readTree(attached.body())
                            .path("text")
                            .path("sha256")
                            .asText())
                    .isEqualTo(pdfSha);
            assertThat(node.getBytes("admin", "/api/programme/instruments/" + mouId + "/text")
                            .body())
                    .isEqualTo(text);

            // Three working groups; a group without a co-chair of the other side is refused.
            var lopsided = node.post(
                    "po",
                    "/api/programme/groups",
                    group("Bad", "Col. Benali", "Col. Haddad").replace("\"FRA\"", "\"DZA\""));
            assertThat(lopsided.statusCode()).isEqualTo(400);
            assertThat(json.readTree(lopsided.body()).path("message").asText())
                    .isEqualTo("bad parameter coChairs: must be two people, one from each side");
            List<String> groups = new ArrayList<>();
            for (String name : List.of(
                    "Maritime security and SAR",
                    "Counter-terrorism and border security",
                    "Defence equipment and logistics")) {
                var g = node.post("po", "/api/programme/groups", group(name, "Col. A. Benali", "CV C. Martin"));
                assertThat(g.statusCode()).isEqualTo(201);
                groups.add(json.readTree(g.body()).path("id").asText());
            }
            assertThat(groups).containsExactly("DZA-WG-1", "DZA-WG-2", "DZA-WG-3");

            // A meeting with two decisions and three action items, one already past due.
            String start = today.plusDays(14) + "T09:30";
            String meeting = """
                    {"owningSide": "DZA", "workingGroupId": "DZA-WG-1", "title": "3rd session",
                     "start": "%s", "zone": "Africa/Algiers", "durationMinutes": 180,
                     "place": "Algiers, Naval HQ", "agenda": ["Opening", "SAR exercise 2027"],
                     "attendees": [{"name": "Col. A. Benali", "side": "DZA"}, {"name": "CV C. Martin", "side": "FRA"}],
                     "minutes": "Both sides agreed (see decisions).",
                     "decisions": ["Hold a joint SAR exercise in spring 2027", "Share AIS tracks under the agreement"],
                     "actions": [
                       {"decision": 1, "title": "Draft the exercise plan", "assignee": "Cdt S. Haddad", "side": "DZA", "due": "%s"},
                       {"decision": 1, "title": "Book the range", "assignee": "Col. A. Benali", "side": "DZA", "due": "%s"},
                       {"decision": 2, "title": "Open the AIS link", "assignee": "Cdt S. Haddad", "side": "DZA", "due": "%s"}]}""".formatted(start, today.minusDays(3), today.plusDays(30), today.plusDays(60));
            var wrongDecision =
                    node.post("po", "/api/programme/meetings", meeting.replace("\"decision\": 2", "\"decision\": 3"));
            assertThat(wrongDecision.statusCode()).isEqualTo(400);
            assertThat(json.readTree(wrongDecision.body()).path("message").asText())
                    .isEqualTo("bad parameter actions[2].decision: must be within 1..2, the meeting's decisions");
            var held = node.post("po", "/api/programme/meetings", meeting);
            assertThat(held.statusCode()).isEqualTo(201);
            JsonNode m = json.readTree(held.body());
            assertThat(m.path("id").asText()).isEqualTo("DZA-M-1");
            assertThat(ids(m.path("decisions"))).containsExactly("D1", "D2");
            assertThat(ids(m.path("actions"))).containsExactly("DZA-A-1", "DZA-A-2", "DZA-A-3");
            assertThat(m.path("actions").get(0).path("overdue").asBoolean()).isTrue();

            // Marking one done: recorded in its history with who did it; the same status twice is refused.
            var done = node.post("po", "/api/programme/actions/DZA-A-2/status", "{\"status\": \"DONE\"}");
            assertThat(done.statusCode()).isEqualTo(200);
            JsonNode history = json.readTree(done.body()).path("history");
            assertThat(history).hasSize(2);
            assertThat(history.get(1).path("what").asText()).isEqualTo("status OPEN -> DONE");
            assertThat(history.get(1).path("by").asText()).isEqualTo("po");
            assertThat(json.readTree(node.post("po", "/api/programme/actions/DZA-A-2/status", "{\"status\": \"DONE\"}")
                                    .body())
                            .path("message")
                            .asText())
                    .isEqualTo("bad parameter status: action item DZA-A-2 is already DONE");
            assertThat(node.post("po", "/api/programme/actions/DZA-A-2/status", "{\"status\": \"FINISHED\"}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(node.post("po", "/api/programme/actions/DZA-A-99/status", "{\"status\": \"DONE\"}")
                            .statusCode())
                    .isEqualTo(404);

            // The dashboard: the MoU in force, the meeting next, the one overdue item under its assignee.
            JsonNode dashboard = node.getJson("po", "/api/programme/dashboard");
            assertThat(ids(dashboard.path("inForce"))).containsExactly(mouId);
            assertThat(ids(dashboard.path("nextMeetings"))).containsExactly("DZA-M-1");
            assertThat(fieldNames(dashboard.path("overdue"))).containsExactly("Cdt S. Haddad");
            assertThat(ids(dashboard.path("overdue").path("Cdt S. Haddad"))).containsExactly("DZA-A-1");
            assertThat(node.get("po", "/api/programme/dashboard?day=2026-13-01").statusCode())
                    .isEqualTo(400);

            // The calendar parses in ical4j: one event, three to-dos, the done one completed.
            var ics = node.get("admin", "/api/programme/calendar.ics");
            assertThat(ics.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
            List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
            List<CalendarComponent> todos = calendar.getComponents(Component.VTODO);
            assertThat(events).hasSize(1);
            assertThat(events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("3rd session");
            assertThat(events.get(0)
                            .getProperty(Property.LOCATION)
                            .orElseThrow()
                            .getValue())
                    .isEqualTo("Algiers, Naval HQ");
            assertThat(todos).hasSize(3);
            assertThat(todos.stream()
                            .map(t ->
                                    t.getProperty(Property.STATUS).orElseThrow().getValue())
                            .toList())
                    .containsExactly("NEEDS-ACTION", "COMPLETED", "NEEDS-ACTION");

            // The report opens in PDFBox and shows the meeting, the decisions and the overdue item.
            HttpResponse<byte[]> pdf = node.getBytes("po", "/api/programme/meetings/DZA-M-1/report.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                String shown = new PDFTextStripper().getText(doc);
                assertThat(shown)
                        .contains("Maritime security and SAR")
                        .contains("3rd session")
                        .contains("Hold a joint SAR exercise in spring 2027")
                        .contains("Draft the exercise plan")
                        .contains("OVERDUE");
            }
            assertThat(node.get("po", "/api/programme/meetings/DZA-M-9/report.pdf")
                            .statusCode())
                    .isEqualTo(404);

            // Every change audited.
            JsonNode audit = node.getJson("admin", "/api/audit?limit=50");
            List<String> actions = audit.path("entries").findValuesAsText("action");
            assertThat(actions)
                    .contains(
                            "instrument.registered",
                            "instrument.text.attached",
                            "working.group.created",
                            "meeting.recorded",
                            "action.status.changed");
            before = node.get("po", "/api/programme").body();
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("po", Role.PROGRAMME_OFFICER);
            assertThat(again.get("po", "/api/programme").body()).isEqualTo(before);
            assertThat(again.getBytes("po", "/api/programme/instruments/DZA-I-1/text")
                            .body())
                    .isEqualTo(text);
        }
    }

    /**
     * Issue 10, acceptance 1, second part, through the API: an acquisition case with two equipment lines and a
     * delivery whose unit becomes an asset, listed among the SAR helpers and assigned in a search plan.
     */
    /**
     * An instrument's life after registration: signed, renewed, denounced and the denunciation withdrawn, its term
     * amended, terminated; each change that does not fit is 409, every bad field is named, and the changes are
     * audited and kept.
     */
    @Test
    void instruments_changeAfterRegistration_impossibleChangesAreConflicts(@TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String before;
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("po", Role.PROGRAMME_OFFICER);
            node.user("admin", Role.ADMINISTRATOR);
            assertThat(node.post("po", "/api/programme/instruments", MOU).statusCode())
                    .isEqualTo(201);
            var draft = node.post("po", "/api/programme/instruments", """
                    {"owningSide": "DZA", "kind": "IMPLEMENTING_ARRANGEMENT", "title": "Arrangement on SAR exercises",
                     "parties": ["DZA", "FRA"], "parentId": "DZA-I-1", "initial": "P2Y", "notice": "P3M"}""");
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
            assertThat(json.readTree(draft.body()).path("status").asText()).isEqualTo("DRAFT");
            String mou = "/api/programme/instruments/DZA-I-1/status";
            String arrangement = "/api/programme/instruments/DZA-I-2/status";

            // Who may, and what does not exist.
            assertThat(node.post("admin", mou, "{\"change\": \"DENOUNCE\", \"date\": \"2026-08-01\"}")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(node.post("po", "/api/programme/instruments/DZA-I-9/status", """
                            {"change": "DENOUNCE", "date": "2026-08-01"}""")
                            .statusCode())
                    .isEqualTo(404);

            // Every bad field named.
            assertThat(errorFields(node.post("po", mou, "{\"change\": \"WITHDRAW\"}")))
                    .containsExactly("change");
            assertThat(errorFields(node.post("po", mou, "{\"change\": \"DENOUNCE\"}")))
                    .containsExactly("date");
            assertThat(errorFields(node.post("po", mou, "{\"change\": \"DENOUNCE\", \"date\": \"2026-13-01\"}")))
                    .containsExactly("date");
            assertThat(errorFields(node.post("po", mou, """
                            {"change": "DENOUNCE", "date": "2026-08-01", "period": "P1Y"}"""))).containsExactly("period");
            assertThat(errorFields(node.post("po", arrangement, """
                            {"change": "SIGN", "date": "2026-05-02", "entryIntoForce": "2026-05-01"}"""))).containsExactly("entryIntoForce");
            assertThat(errorFields(node.post("po", mou, "{\"change\": \"AMEND\", \"renewal\": \"P3Y\"}")))
                    .containsExactly("initial");
            var early = node.post("po", mou, "{\"change\": \"DENOUNCE\", \"date\": \"2021-01-01\"}");
            assertThat(errorFields(early)).containsExactly("date");
            assertThat(early.body()).contains("must not be before its entry into force 2021-03-01");

            // A draft cannot be denounced; signed, it is in force and cannot be signed again.
            var notYet = node.post("po", arrangement, "{\"change\": \"DENOUNCE\", \"date\": \"2026-08-01\"}");
            assertThat(notYet.statusCode()).isEqualTo(409);
            assertThat(json.readTree(notYet.body()).path("code").asText()).isEqualTo("CONFLICT");
            assertThat(json.readTree(notYet.body()).path("message").asText())
                    .isEqualTo(
                            "instrument DZA-I-2 is DRAFT: only an instrument with an entry into force can be denounced");
            var signed = node.post("po", arrangement, """
                    {"change": "SIGN", "date": "%s", "entryIntoForce": "%s"}""".formatted(today.minusDays(30), today.minusDays(10)));
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
            assertThat(json.readTree(signed.body()).path("status").asText()).isEqualTo("IN_FORCE");
            assertThat(node.post("po", arrangement, """
                            {"change": "SIGN", "date": "%s", "entryIntoForce": "%s"}""".formatted(today.minusDays(30), today.minusDays(10)))
                            .statusCode())
                    .isEqualTo(409);

            // A fixed term is not denounced but prolonged.
            assertThat(node.post("po", arrangement, "{\"change\": \"DENOUNCE\", \"date\": \"%s\"}".formatted(today))
                            .body())
                    .contains(
                            "has a fixed term ending on " + today.minusDays(10).plusYears(2));
            var renewed = node.post("po", arrangement, "{\"change\": \"RENEW\", \"period\": \"P1Y\"}");
            assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
            assertThat(json.readTree(renewed.body())
                            .path("term")
                            .path("initial")
                            .asText())
                    .isEqualTo("P3Y");

            // The memorandum renews tacitly: renewing it is a conflict; denounced, it stops; renewed, it goes on.
            assertThat(node.post("po", mou, "{\"change\": \"RENEW\"}").statusCode())
                    .isEqualTo(409);
            var denounced = node.post("po", mou, "{\"change\": \"DENOUNCE\", \"date\": \"2026-08-01\"}");
            assertThat(denounced.statusCode()).as(denounced.body()).isEqualTo(200);
            assertThat(json.readTree(denounced.body()).path("denounced").asText())
                    .isEqualTo("2026-08-01");
            assertThat(json.readTree(denounced.body()).path("daysLeft").asLong())
                    .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.of(2031, 3, 1)));
            assertThat(node.post("po", mou, "{\"change\": \"DENOUNCE\", \"date\": \"2026-09-01\"}")
                            .body())
                    .contains("already denounced on 2026-08-01");
            var withdrawn = node.post("po", mou, "{\"change\": \"RENEW\"}");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
            assertThat(json.readTree(withdrawn.body()).has("denounced")).isFalse();
            var amended = node.post("po", mou, """
                    {"change": "AMEND", "initial": "P5Y", "renewal": "P3Y", "notice": "P12M"}""");
            assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
            assertThat(json.readTree(amended.body())
                            .path("term")
                            .path("renewal")
                            .asText())
                    .isEqualTo("P3Y");

            // Terminated, nothing more happens to it.
            var terminated = node.post(
                    "po", arrangement, "{\"change\": \"TERMINATE\", \"date\": \"%s\"}".formatted(today.plusDays(10)));
            assertThat(terminated.statusCode()).as(terminated.body()).isEqualTo(200);
            assertThat(json.readTree(terminated.body()).path("terminated").asText())
                    .isEqualTo(today.plusDays(10).toString());
            assertThat(node.post("po", arrangement, "{\"change\": \"RENEW\", \"period\": \"P1Y\"}")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(node.post(
                                    "po",
                                    arrangement,
                                    "{\"change\": \"TERMINATE\", \"date\": \"%s\"}".formatted(today.plusDays(20)))
                            .statusCode())
                    .isEqualTo(409);

            JsonNode audit = node.getJson("admin", "/api/audit?limit=50");
            List<String> details = new ArrayList<>();
            audit.path("entries").forEach(e -> {
                if (e.path("action").asText().equals("instrument.changed")) {
                    details.add(
                            e.path("target").asText() + " " + e.path("detail").asText());
                }
            });
            assertThat(details)
                    .containsExactlyInAnyOrder(
                            "DZA-I-2 signed " + today.minusDays(30) + ", in force from " + today.minusDays(10),
                            "DZA-I-2 renewed for P1Y",
                            "DZA-I-1 denounced on 2026-08-01",
                            "DZA-I-1 renewed: denunciation withdrawn",
                            "DZA-I-1 term amended: initial P5Y, renewed every P3Y, notice P12M",
                            "DZA-I-2 terminated with effect on " + today.plusDays(10));
            before = node.get("po", "/api/programme").body();
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("po", Role.PROGRAMME_OFFICER);
            assertThat(again.get("po", "/api/programme").body()).isEqualTo(before);
        }
    }

    /**
     * Action items rescheduled (the reason in the history) and reassigned, to another person and, on a node without
     * federation, to the other side; what cannot change is 409, every bad field named, every change audited and kept.
     */
    @Test
    void actionItems_rescheduledAndReassigned(@TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String before;
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("po", Role.PROGRAMME_OFFICER);
            node.user("admin", Role.ADMINISTRATOR);
            assertThat(node.post(
                                    "po",
                                    "/api/programme/groups",
                                    group("Maritime security", "Col. A. Benali", "CV C. Martin"))
                            .statusCode())
                    .isEqualTo(201);
            var held = node.post("po", "/api/programme/meetings", """
                    {"owningSide": "DZA", "workingGroupId": "DZA-WG-1", "title": "4th session",
                     "start": "%sT09:30", "zone": "Africa/Algiers", "durationMinutes": 120, "place": "Algiers",
                     "agenda": ["Exercise"], "attendees": [{"name": "Col. A. Benali", "side": "DZA"}],
                     "decisions": ["Hold a joint SAR exercise"],
                     "actions": [
                       {"decision": 1, "title": "Draft the plan", "assignee": "Cdt S. Haddad", "side": "DZA", "due": "%s"},
                       {"decision": 1, "title": "Send the ship list", "assignee": "Cdt S. Haddad", "side": "DZA", "due": "%s"}]}""".formatted(
                            today.plusDays(7), today.plusDays(10), today.plusDays(20)));
            assertThat(held.statusCode()).as(held.body()).isEqualTo(201);

            // Rescheduled: the new day, and why, in the history.
            var moved = node.post("po", "/api/programme/actions/DZA-A-1/due", """
                    {"due": "%s", "reason": "The range is closed until then"}""".formatted(today.plusDays(40)));
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            JsonNode item = json.readTree(moved.body());
            assertThat(item.path("due").asText()).isEqualTo(today.plusDays(40).toString());
            assertThat(item.path("history").get(1).path("what").asText())
                    .isEqualTo("due " + today.plusDays(10) + " -> " + today.plusDays(40)
                            + ": The range is closed until then");
            assertThat(item.path("history").get(1).path("by").asText()).isEqualTo("po");
            assertThat(errorFields(
                            node.post("po", "/api/programme/actions/DZA-A-1/due", """
                            {"due": "%s"}""".formatted(today.plusDays(41)))))
                    .containsExactly("reason");
            assertThat(errorFields(node.post("po", "/api/programme/actions/DZA-A-1/due", """
                            {"due": "soon", "reason": "x"}""")))
                    .containsExactly("due");
            var same = node.post("po", "/api/programme/actions/DZA-A-1/due", """
                    {"due": "%s", "reason": "again"}""".formatted(today.plusDays(40)));
            assertThat(same.statusCode()).isEqualTo(409);
            assertThat(json.readTree(same.body()).path("message").asText())
                    .isEqualTo("action item DZA-A-1 is already due on " + today.plusDays(40));
            assertThat(node.post("po", "/api/programme/actions/DZA-A-9/due", """
                            {"due": "%s", "reason": "x"}""".formatted(today))
                            .statusCode())
                    .isEqualTo(404);
            assertThat(node.post("admin", "/api/programme/actions/DZA-A-1/due", """
                            {"due": "%s", "reason": "x"}""".formatted(today))
                            .statusCode())
                    .isEqualTo(403);

            // Reassigned to another person; the same person again is a conflict.
            var reassigned = node.post("po", "/api/programme/actions/DZA-A-1/assignee", """
                    {"assignee": "Col. A. Benali"}""");
            assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
            assertThat(json.readTree(reassigned.body()).path("assignee").asText())
                    .isEqualTo("Col. A. Benali");
            assertThat(json.readTree(reassigned.body())
                            .path("history")
                            .get(2)
                            .path("what")
                            .asText())
                    .isEqualTo("assignee Cdt S. Haddad -> Col. A. Benali");
            assertThat(node.post("po", "/api/programme/actions/DZA-A-1/assignee", """
                            {"assignee": "Col. A. Benali"}""")
                            .statusCode())
                    .isEqualTo(409);
            assertThat(errorFields(node.post("po", "/api/programme/actions/DZA-A-1/assignee", """
                            {"assignee": " ", "side": "XX"}""")))
                    .containsExactlyInAnyOrder("assignee", "side");

            // Handed to the other side: this item cancelled, theirs opened with the history carried over.
            var handed = node.post("po", "/api/programme/actions/DZA-A-2/assignee", """
                    {"assignee": "CV C. Martin", "side": "FRA"}""");
            assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
            JsonNode ended = json.readTree(handed.body());
            assertThat(ended.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(ended.path("history").get(1).path("what").asText())
                    .isEqualTo("handed to FRA as FRA-A-1, assigned to CV C. Martin");
            JsonNode theirs = ended.path("takenOver");
            assertThat(theirs.path("id").asText()).isEqualTo("FRA-A-1");
            assertThat(theirs.path("side").asText()).isEqualTo("FRA");
            assertThat(theirs.path("status").asText()).isEqualTo("OPEN");
            assertThat(theirs.path("due").asText()).isEqualTo(today.plusDays(20).toString());
            assertThat(theirs.path("history")).hasSize(2);
            var cancelled = node.post("po", "/api/programme/actions/DZA-A-2/due", """
                    {"due": "%s", "reason": "x"}""".formatted(today.plusDays(50)));
            assertThat(cancelled.statusCode()).isEqualTo(409);
            assertThat(cancelled.body()).contains("action item DZA-A-2 is CANCELLED");

            List<String> actions =
                    node.getJson("admin", "/api/audit?limit=50").path("entries").findValuesAsText("action");
            assertThat(actions).contains("action.rescheduled", "action.reassigned");
            assertThat(actions.stream().filter("action.reassigned"::equals)).hasSize(2);
            before = node.get("po", "/api/programme").body();
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("po", Role.PROGRAMME_OFFICER);
            String after = again.get("po", "/api/programme").body();
            assertThat(after).isEqualTo(before);
            assertThat(after).contains("FRA-A-1", "The range is closed until then");
        }
    }

    private List<String> errorFields(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        return fieldNames(json.readTree(answer.body()).path("errors"));
    }

    @Test
    void caseSteps_andMilestoneReached_areAddedAfterOpening(@TempDir Path dir) throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("po", Role.PROGRAMME_OFFICER);
            node.user("sara", Role.SAR_COORDINATOR);
            var opened = node.post("po", "/api/programme/cases", """
                    {"owningSide": "DZA", "requestingSide": "DZA", "providingSide": "FRA", "title": "Radios 2026",
                     "steps": [{"kind": "LETTER_OF_REQUEST", "date": "2026-01-10", "reference": "LOR-2026-02"}],
                     "lines": [{"category": "COMMUNICATION_EQUIPMENT", "description": "HF radios", "quantity": 40,
                                "unitValue": "12500.50", "currency": "EUR"}],
                     "milestones": [{"name": "Factory acceptance", "planned": "2026-06-01"}]}""");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            String id = json.readTree(opened.body()).path("id").asText();

            // The offer months later, then its acceptance: each a step of the same case, in order.
            var offer = node.post("po", "/api/programme/cases/" + id + "/steps", """
                    {"kind": "OFFER", "date": "2026-03-02", "reference": "LOA-FR-2026-11"}""");
            assertThat(offer.statusCode()).as(offer.body()).isEqualTo(200);
            var accepted = node.post("po", "/api/programme/cases/" + id + "/steps", """
                    {"kind": "ACCEPTANCE", "date": "2026-04-15", "reference": "ACC-2026-11"}""");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            JsonNode steps = json.readTree(accepted.body()).path("steps");
            assertThat(steps).hasSize(3);
            assertThat(steps.get(2).toString()).contains("ACCEPTANCE", "2026-04-15", "ACC-2026-11");

            // Bad input names the field; a rescue coordinator may not change the register; no such case is 404.
            var badKind = node.post("po", "/api/programme/cases/" + id + "/steps", """
                    {"kind": "INVOICE", "date": "2026-05-01", "reference": "X"}""");
            assertThat(badKind.statusCode()).isEqualTo(400);
            assertThat(json.readTree(badKind.body()).path("errors").has("kind")).isTrue();
            assertThat(node.post("sara", "/api/programme/cases/" + id + "/steps", """
                    {"kind": "AMENDMENT", "date": "2026-05-01", "reference": "AM-1"}""")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(node.post("po", "/api/programme/cases/DZA-C-99/steps", """
                    {"kind": "AMENDMENT", "date": "2026-05-01", "reference": "AM-1"}""")
                            .statusCode())
                    .isEqualTo(404);

            var reached = node.post("po", "/api/programme/cases/" + id + "/milestones", """
                    {"name": "Factory acceptance", "reached": "2026-06-03"}""");
            assertThat(reached.statusCode()).as(reached.body()).isEqualTo(200);
            assertThat(json.readTree(reached.body())
                            .path("milestones")
                            .get(0)
                            .path("actual")
                            .asText())
                    .isEqualTo("2026-06-03");
            var unknown = node.post("po", "/api/programme/cases/" + id + "/milestones", """
                    {"name": "Sea trials", "reached": "2026-06-03"}""");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("no milestone named");

            // Kept: the register read back has the steps and the actual date.
            JsonNode register = json.readTree(node.get("po", "/api/programme").body());
            assertThat(register.toString()).contains("ACC-2026-11", "2026-06-03");
        }
    }

    @Test
    void delivery_createsAnAsset_thatASearchPlanAssigns(@TempDir Path dir) throws Exception {
        try (AlertNode node = AlertNode.start(dir)) {
            node.user("po", Role.PROGRAMME_OFFICER);
            node.user("sara", Role.SAR_COORDINATOR);
            String acquisition = """
                    {"owningSide": "DZA", "requestingSide": "DZA", "providingSide": "FRA", "title": "Patrol vessels 2024",
                     "steps": [{"kind": "LETTER_OF_REQUEST", "date": "2024-01-10", "reference": "LOR-2024-01"},
                               {"kind": "OFFER", "date": "2024-03-01", "reference": "LOA-2024-07"},
                               {"kind": "ACCEPTANCE", "date": "2024-04-02", "reference": "ACC-2024-07"}],
                     "lines": [{"category": "PATROL_VESSELS", "description": "Offshore patrol vessel, 60 m", "quantity": 2,
                                "unitValue": "41000000.00", "currency": "EUR", "trackable": "PATROL_VESSEL"},
                               {"category": "COMMUNICATION_EQUIPMENT", "description": "HF radios", "quantity": 40,
                                "unitValue": "12500.50", "currency": "EUR"}],
                     "milestones": [{"name": "Sea trials", "planned": "2024-09-01"}]}""";
            var badCase = node.post("po", "/api/programme/cases", acquisition.replace("\"EUR\"}", "\"XYZ\"}"));
            assertThat(badCase.statusCode()).isEqualTo(400);
            assertThat(json.readTree(badCase.body()).path("errors").has("lines[1].unitValue"))
                    .isTrue();
            assertThat(node.post("sara", "/api/programme/cases", acquisition).statusCode())
                    .isEqualTo(403);
            var opened = node.post("po", "/api/programme/cases", acquisition);
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            JsonNode c = json.readTree(opened.body());
            assertThat(c.path("id").asText()).isEqualTo("DZA-C-1");
            assertThat(ids(c.path("lines"))).containsExactly("L1", "L2");
            assertThat(c.path("totals").path("EUR").asText()).isEqualTo("82500020.00");

            // More than ordered is refused with the numbers; a delivery of one vessel creates one asset.
            var tooMany = node.post("po", "/api/programme/cases/DZA-C-1/deliveries", """
                    {"line": "L1", "date": "2026-09-01", "quantity": 3, "units": []}""");
            assertThat(json.readTree(tooMany.body()).path("message").asText())
                    .isEqualTo("line L1 has 2 ordered and 0 delivered; 3 more would exceed the order");
            var delivered = node.post("po", "/api/programme/cases/DZA-C-1/deliveries", """
                    {"line": "L1", "date": "2026-09-01", "quantity": 1,
                     "units": [{"name": "El Kasseh", "registration": "P-501", "searchSpeedKnots": 12,
                                "enduranceHours": 72, "searchHeightMetres": 0, "sensors": ["surface search radar"]}]}""");
            assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
            JsonNode asset = json.readTree(delivered.body()).path("assets").get(0);
            assertThat(asset.path("id").asText()).isEqualTo("DZA-AS-1");
            assertThat(asset.path("kind").asText()).isEqualTo("PATROL_VESSEL");
            assertThat(node.getJson("po", "/api/programme/dashboard?day=2026-01-01")
                            .path("lateMilestones")
                            .get(0)
                            .path("name")
                            .asText())
                    .isEqualTo("Sea trials");

            // The SAR coordinator sees it among the helpers and assigns it in a plan.
            JsonNode helpers = node.getJson("sara", "/api/sar/helpers?lat=36.85&lon=3.1");
            assertThat(helpers.path("assets").get(0).path("assetId").asText()).isEqualTo("DZA-AS-1");
            assertThat(helpers.path("assets").get(0).path("name").asText()).isEqualTo("El Kasseh (P-501)");
            var queued = node.post("sara", "/api/sar/drift", """
                    {"object": "44", "lat": 36.85, "lon": 3.1, "radiusMetres": 300, "start": "2026-03-10T06:00:00Z",
                     "hours": 6, "particles": 2000, "environment": "sample"}""");
            assertThat(queued.statusCode()).isEqualTo(202);
            String drift = json.readTree(queued.body()).path("id").asText();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> node.getJson("sara", "/api/sar/drift/" + drift)
                            .path("state")
                            .asText()
                            .equals("DONE"));
            String plan = """
                    {"driftId": "%s", "share": 0.5, "pattern": "PARALLEL_TRACK", "object": "BOAT_5M",
                     "assets": [{"assetId": "%s"}], "caseReference": "DZA-SAR-2026-020"}""";
            var unknown = node.post("sara", "/api/sar/plan", plan.formatted(drift, "DZA-AS-9"));
            assertThat(json.readTree(unknown.body()).path("message").asText())
                    .isEqualTo("assets: DZA-AS-9 is not a search unit of the programme's asset register");
            var planned = node.post("sara", "/api/sar/plan", plan.formatted(drift, "DZA-AS-1"));
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
            assertThat(json.readTree(planned.body())
                            .path("assets")
                            .get(0)
                            .path("name")
                            .asText())
                    .isEqualTo("El Kasseh (P-501)");
        }
        try (AlertNode again = AlertNode.start(dir)) {
            again.user("sara", Role.SAR_COORDINATOR);
            assertThat(again.getJson("sara", "/api/sar/helpers?lat=36.85&lon=3.1")
                            .path("assets")
                            .get(0)
                            .path("assetId")
                            .asText())
                    .isEqualTo("DZA-AS-1");
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
