package org.mountainsseas.review;

import java.util.List;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Text;

/** A row of the enclave and project table: exactly one of {@code enclave} and {@code project} is set. */
public record ItemRow(Enclave enclave, Project project) {

    public static ItemRow of(Enclave e) {
        return new ItemRow(e, null);
    }

    public static ItemRow of(Project p) {
        return new ItemRow(null, p);
    }

    public String id() {
        return enclave != null ? enclave.id() : project.id();
    }

    public Text name() {
        return enclave != null ? enclave.name() : project.name();
    }

    public Dating start() {
        return enclave != null ? enclave.opened() : project.year();
    }

    public Provenance provenance() {
        return enclave != null ? enclave.provenance() : project.provenance();
    }

    /** The county the row stands on: an enclave's host (else its beneficiary), a project's location (else its first partner). */
    public String county() {
        if (enclave != null) {
            return enclave.host() != null ? enclave.host() : enclave.beneficiary();
        }
        return project.location() != null ? project.location() : project.partners().isEmpty() ? null : project.partners().get(0);
    }

    /** Every county the row names. */
    public List<String> counties() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (enclave != null) {
            if (enclave.host() != null) {
                out.add(enclave.host());
            }
            if (enclave.beneficiary() != null) {
                out.add(enclave.beneficiary());
            }
        } else {
            if (project.location() != null) {
                out.add(project.location());
            }
            out.addAll(project.partners());
        }
        return out;
    }
}
