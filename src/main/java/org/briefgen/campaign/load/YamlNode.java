package org.briefgen.campaign.load;

import java.util.List;
import java.util.Map;

import org.briefgen.campaign.Problem;

/** A YAML value that remembers where it was written, so that problems can name file and line. */
sealed interface YamlNode {

    String file();

    int line();

    int column();

    /** The key path, such as {@code questions[1].options[0].percent}. */
    String path();

    default Problem problem(String message) {
        return Problem.at(file(), line(), column(), (path().isEmpty() ? "" : path() + ": ") + message);
    }

    /** What kind of value this is, in the words of an error message. */
    String kind();

    record Scalar(String file, int line, int column, String path, String value, boolean isNull) implements YamlNode {
        public String kind() {
            return isNull ? "nothing" : "a single value";
        }
    }

    record Sequence(String file, int line, int column, String path, List<YamlNode> items) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    record Mapping(String file, int line, int column, String path, Map<String, YamlNode> entries)
            implements
                YamlNode {
        public String kind() {
            return "a set of keys";
        }
    }
}
