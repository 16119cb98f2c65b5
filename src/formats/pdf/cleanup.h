#pragma once
// What a scrubbed PDF must not carry, whatever its text: scripts and actions that run or reach
// out (JavaScript, launch, submit, import, media), XFA form data, document information and XMP
// metadata of the document and of every object (pages, images, fonts), application private data
// (PieceInfo) and digital signatures (their values name the signer; redaction breaks them anyway).

#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

// Removes all of it from file's document; returns a note for each kind of thing removed.
std::vector<Note> RemoveActiveAndPrivateContent(PdfFile& file);

}  // namespace deskbench::pdf
