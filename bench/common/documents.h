#pragma once
// Writers of one document each, in the styles the corpus mixes.

#include "common/corpus.h"
#include "common/values.h"

namespace bench {

// A sentence that states one value of `type` with the wording people use around it.
void PlantFact(Faker& f, Doc& d, deskbench::Entity type);
// A sentence holding one near-miss.
void PlantNearMiss(Faker& f, Doc& d);
// A paragraph of filler, facts and near-misses.
void Paragraph(Faker& f, Doc& d);

void WriteEmail(Faker& f, Doc& d);
void WriteMemo(Faker& f, Doc& d);
void WriteMeetingNotes(Faker& f, Doc& d);
void WriteInvoice(Faker& f, Doc& d);
void WriteCsv(Faker& f, Doc& d, size_t target_bytes);
void WriteLog(Faker& f, Doc& d, size_t target_bytes);
void WriteEnv(Faker& f, Doc& d);
void WriteYaml(Faker& f, Doc& d);
void WriteJson(Faker& f, Doc& d, size_t target_bytes);
void WriteCode(Faker& f, Doc& d, bool python);

}  // namespace bench
