#pragma once
// The entity types deskbench detects. Names are stable: they appear in reports, config and JSON.

#include <cstdint>
#include <optional>
#include <string_view>

namespace deskbench {

#define DESKBENCH_ENTITIES(X)                                                                     \
  X(EMAIL)                                                                                        \
  X(PHONE)                                                                                        \
  X(CREDIT_CARD)                                                                                  \
  X(IBAN)                                                                                         \
  X(US_SSN) X(US_ITIN) X(US_EIN) X(US_PASSPORT) X(US_DRIVER_LICENSE) X(US_BANK_ROUTING)           \
      X(US_BANK_ACCOUNT) X(UK_NINO) X(UK_NHS) X(CA_SIN) X(AU_TFN) X(AU_ABN) X(AU_MEDICARE)        \
          X(IN_PAN) X(IN_AADHAAR) X(SG_NRIC) X(ES_NIF) X(IT_FISCAL_CODE) X(DE_TAX_ID) X(PL_PESEL) \
              X(FI_PERSONAL_ID) X(FR_NIR) X(SE_PERSONNUMMER) X(NO_FODSELSNUMMER)                  \
                  X(BE_NATIONAL_NUMBER) X(NL_BSN) X(DK_CPR) X(DE_SOCIAL_SECURITY) X(ID_DOCUMENT)  \
                      X(IP_ADDRESS) X(MAC_ADDRESS) X(URL) X(CRYPTO_WALLET) X(VIN) X(IMEI)         \
                          X(GPS_COORDINATES) X(DATE_OF_BIRTH) X(MEDICAL_RECORD_NUMBER)            \
                              X(STREET_ADDRESS) X(PERSON) X(ORGANIZATION) X(LOCATION) X(SECRET)   \
                                  X(CONFIDENTIAL_MARKER) X(USER_TERM)

enum class Entity : uint8_t {
#define DESKBENCH_ENTITY_ENUM(name) name,
  DESKBENCH_ENTITIES(DESKBENCH_ENTITY_ENUM)
#undef DESKBENCH_ENTITY_ENUM
};

inline constexpr size_t kEntityCount = 0
#define DESKBENCH_ENTITY_COUNT(name) +1
    DESKBENCH_ENTITIES(DESKBENCH_ENTITY_COUNT)
#undef DESKBENCH_ENTITY_COUNT
    ;

std::string_view EntityName(Entity e);
std::optional<Entity> ParseEntity(std::string_view name);

}  // namespace deskbench
