package org.briefgen.render.email;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;

/**
 * A multipart whose boundary is given rather than drawn from the clock and a counter, as Jakarta
 * Mail does, so that the same message gives the same bytes. Boundaries start with "=_", which
 * neither quoted-printable nor base64 content can contain at a line's start, so a fixed boundary
 * is as safe as a random one.
 */
final class FixedBoundaryMultipart extends MimeMultipart {

    FixedBoundaryMultipart(String subtype, String boundary) {
        super(subtype);
        ParameterList parameters = new ParameterList();
        parameters.set("boundary", boundary);
        contentType = new ContentType("multipart", subtype, parameters).toString();
    }
}
