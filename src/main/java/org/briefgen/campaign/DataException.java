package org.briefgen.campaign;

import java.util.List;
import java.util.stream.Collectors;

import org.briefgen.failure.UserError;

/** The campaign's data does not validate; every problem found is listed, each with its place. */
public final class DataException extends UserError {

    private final List<Problem> problems;

    public DataException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public DataException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Override
    public String outcome() {
        return count(problems.size()) + " in the campaign data; nothing was written.";
    }
}
