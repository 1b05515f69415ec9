// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

/** R-REQUEST: how the desk checked the requester's identity, kept as a fact; no copy of a document is stored. */
public enum IdentityCheck {
    /** An identity document shown at the desk. */
    ID_DOCUMENT_AT_DESK,
    /** Logged in with DigiD to the municipality's own form. */
    DIGID,
    /** An identity document shown in a video call. */
    ID_DOCUMENT_BY_VIDEO_CALL
}
