/**
 * Signing the PDFs briefgen issues (PAdES baseline B-B to B-LTA, with iText's sign module and an
 * RFC 3161 time-stamping authority), and reading a signed PDF back: who signed it, when, and
 * whether a byte changed since. Knows PDFs as bytes: not where a letter's data came from.
 */
package org.briefgen.sign;
