package jp.policygen.checklist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A checklist as JSON, for other tools: what it is (format, kind, body, standards, role), the
 * columns a person fills in, and every rule with its key, clause id, number, chapter, caption,
 * text and the roles it binds (key and title).
 */
public final class JsonChecklist {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] write(Checklist c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "policygen-checklist");
        root.put("version", 1);
        root.put("kind", c.kind().key());
        root.put("kindLabel", c.kind().japanese());
        Map<String, Object> body = new LinkedHashMap<>(); // (Map.of would not keep the order)
        body.put("id", c.bodyId());
        body.put("name", c.bodyName());
        root.put("body", body);
        Map<String, Object> standards = new LinkedHashMap<>();
        standards.put("title", c.documentTitle());
        standards.put("edition", c.edition());
        standards.put("date", c.textDate());
        root.put("standards", standards);
        if (c.role() != null) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("key", c.role().key());
            role.put("title", c.role().title());
            role.put("holder", c.role().holder());
            root.put("role", role);
        }
        root.put("answers", Kind.ANSWERS);
        root.put("columnsToFill", c.kind().filledColumns());
        List<Object> rules = new ArrayList<>();
        for (Rule r : c.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("key", r.key());
            rule.put("clauseId", r.clauseId());
            rule.put("number", r.number());
            rule.put("chapter", r.chapter());
            rule.put("caption", r.caption());
            rule.put("text", r.text());
            List<Object> roles = new ArrayList<>();
            for (String k : r.roles()) {
                Map<String, Object> role = new LinkedHashMap<>();
                role.put("key", k);
                role.put("title", c.roles().get(k).title());
                roles.add(role);
            }
            rule.put("roles", roles);
            rules.add(rule);
        }
        root.put("rules", rules);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
