package org.briefgen.campaign.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads YAML text into {@link YamlNode}s that keep their line and column (Jackson's streaming parser). */
final class YamlFiles {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlFiles() {
    }

    /**
     * Parses {@code text}; {@code lineOffset} is added to every line (for front matter inside a
     * larger file). A syntax error becomes a problem and the result is null.
     */
    static YamlNode parse(String text, String file, int lineOffset, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode.Mapping(file, 1 + lineOffset, 1, "", Map.of());
            }
            return read(parser, file, lineOffset, "", problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(file, at == null ? 0 : at.getLineNr() + lineOffset, at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
            return null;
        } catch (IOException e) {
            problems.add(file, 0, 0, "cannot read: " + e.getMessage());
            return null;
        }
    }

    private static YamlNode read(JsonParser p, String file, int offset, String path, Problems problems)
            throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr() + offset;
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                YamlNode value = read(p, file, offset, path.isEmpty() ? key : path + "." + key, problems);
                if (entries.containsKey(key)) {
                    problems.add(file, keyAt.getLineNr() + offset, keyAt.getColumnNr(),
                            "key '" + key + "' is given twice");
                }
                entries.put(key, value);
            }
            return new YamlNode.Mapping(file, line, column, path, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, file, offset, path + "[" + items.size() + "]", problems));
            }
            return new YamlNode.Sequence(file, line, column, path, items);
        }
        boolean isNull = token == JsonToken.VALUE_NULL;
        return new YamlNode.Scalar(file, line, column, path, isNull ? null : p.getText(), isNull);
    }
}
