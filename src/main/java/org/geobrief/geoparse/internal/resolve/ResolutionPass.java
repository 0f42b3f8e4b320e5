package org.geobrief.geoparse.internal.resolve;

/** One step of disambiguation: it multiplies candidate scores by what it knows; it never removes a candidate. */
interface ResolutionPass {
    void apply(DocumentState doc);
}
