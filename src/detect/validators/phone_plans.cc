#include "detect/validators/phone_plans.h"

#include <hs/hs.h>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <bitset>
#include <list>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "detect/database.h"
#include "detect/validators/phone_direct.h"

// The serialised PhoneMetadataCollection libphonenumber is built with (exported, not declared
// in its installed headers).
namespace i18n::phonenumbers {
const void* metadata_get();
int metadata_size();
}  // namespace i18n::phonenumbers

namespace deskbench {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumberDesc;

// Room for the patterns of every region of a country code (+1 has 25, with up to 12 each).
constexpr size_t kMaxPatterns = 512;
using Matched = std::bitset<kMaxPatterns>;

struct Desc {
  unsigned id = 0;           // the pattern's id (its index) in the region's database
  std::vector<int> lengths;  // empty: any length the general description allows
};

struct Region {
  Desc general;
  std::optional<unsigned> leading;  // the pattern id of the region's leading digits
  std::vector<Desc> types;
};

class Plans {
 public:
  Plans() {
    i18n::phonenumbers::PhoneMetadataCollection all;
    if (!all.ParseFromArray(i18n::phonenumbers::metadata_get(),
                            i18n::phonenumbers::metadata_size())) {
      throw std::runtime_error("libphonenumber: cannot read its metadata");
    }
    std::map<std::string, const PhoneMetadata*> by_region;
    for (const PhoneMetadata& m : all.metadata()) by_region[m.id()] = &m;
    const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    // The country codes ParseDirect builds numbers for.
    for (const DirectPlan& plan : DirectPlans()) {
      const int cc = plan.country_code;
      std::list<std::string> codes;
      util.GetRegionCodesForCountryCallingCode(cc, &codes);
      CountryCode& out = by_code_[cc];
      std::vector<Region> regions;
      PatternSet set;
      for (const std::string& code : codes) {
        auto it = by_region.find(code);
        // A region without a general pattern is valid by length alone in libphonenumber: left
        // to it, with the rest of its country code.
        if (it == by_region.end() || !it->second->general_desc().has_national_number_pattern()) {
          regions.clear();
          break;
        }
        regions.push_back(Describe(*it->second, set));
      }
      if (regions.empty() || set.patterns.size() > kMaxPatterns) {
        by_code_.erase(cc);
        continue;
      }
      out.regions = std::move(regions);
      // Cached on disk as the recognizers' database is: compiling the 25 regions of +1 takes
      // a good part of a second.
      out.db = LoadOrCompileDatabase(set);
      if (hs_alloc_scratch(out.db.get(), &prototype_) != HS_SUCCESS) {
        throw std::runtime_error("vectorscan: cannot allocate scratch space");
      }
    }
  }

  struct CountryCode {
    Database db;                  // every pattern of every region, ids as Describe numbered them
    std::vector<Region> regions;  // in libphonenumber's order for the code
  };

  const CountryCode* For(int cc) const {
    auto it = by_code_.find(cc);
    return it == by_code_.end() ? nullptr : &it->second;
  }

  hs_scratch_t* ThreadScratch() const {
    struct Owned {
      hs_scratch_t* s = nullptr;
      ~Owned() {
        if (s != nullptr) hs_free_scratch(s);
      }
    };
    thread_local Owned scratch;
    if (scratch.s == nullptr && hs_clone_scratch(prototype_, &scratch.s) != HS_SUCCESS) {
      throw std::runtime_error("vectorscan: cannot allocate scratch space");
    }
    return scratch.s;
  }

 private:
  static Region Describe(const PhoneMetadata& m, PatternSet& set) {
    Region r;
    // A whole number (PhoneNumberMatcher's full match) or, for leading digits, a prefix.
    auto add = [&](const std::string& pattern, bool whole) {
      set.patterns.push_back("^(?:" + pattern + ")" + (whole ? "$" : ""));
      set.flags.push_back(HS_FLAG_SINGLEMATCH);
      return static_cast<unsigned>(set.patterns.size() - 1);
    };
    auto desc = [](const PhoneNumberDesc& d, unsigned id) {
      Desc out{id, {d.possible_length().begin(), d.possible_length().end()}};
      return out;
    };
    const PhoneNumberDesc& general = m.general_desc();
    r.general = desc(general, add(general.national_number_pattern(), true));
    if (m.has_leading_digits()) r.leading = add(m.leading_digits(), false);
    // The order of PhoneNumberUtil::GetNumberTypeHelper; for validity only "any of them" counts.
    const PhoneNumberDesc* types[] = {
        &m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),       &m.personal_number(),
        &m.pager(),        &m.uan(),       &m.voicemail(),   &m.fixed_line(), &m.mobile()};
    for (const PhoneNumberDesc* t : types) {
      // A type with the length -1 alone has no numbers in this region.
      bool none = t->possible_length_size() == 1 && t->possible_length(0) == -1;
      if (!t->has_national_number_pattern() || none) continue;
      r.types.push_back(desc(*t, add(t->national_number_pattern(), true)));
    }
    return r;
  }

  std::map<int, CountryCode> by_code_;
  hs_scratch_t* prototype_ = nullptr;
};

const Plans& ThePlans() {
  static const Plans plans;
  return plans;
}

int OnMatch(unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
  static_cast<Matched*>(ctx)->set(id);
  return 0;
}

bool LengthFits(const Desc& d, size_t n) {
  return d.lengths.empty() ||
         std::find(d.lengths.begin(), d.lengths.end(), static_cast<int>(n)) != d.lengths.end();
}

// PhoneNumberUtil::GetNumberTypeHelper(...) != UNKNOWN, from the ids that matched.
bool AnyType(const Region& r, const Matched& matched, size_t n) {
  if (!matched.test(r.general.id) || !LengthFits(r.general, n)) return false;
  for (const Desc& t : r.types) {
    if (matched.test(t.id) && LengthFits(t, n)) return true;
  }
  return false;
}

}  // namespace

std::optional<bool> IsValidByCompiledPlan(int country_code, std::string_view national) {
  const Plans& plans = ThePlans();
  const auto* code = plans.For(country_code);
  if (code == nullptr) return std::nullopt;
  if (national.empty() || national.size() > 17) return false;
  Matched matched;
  if (hs_scan(code->db.get(), national.data(), static_cast<unsigned>(national.size()), 0,
              plans.ThreadScratch(), OnMatch, &matched) != HS_SUCCESS) {
    throw std::runtime_error("vectorscan: scan failed");
  }
  // PhoneNumberUtil::GetRegionCodeForNumberFromRegionList, then IsValidNumberForRegion.
  for (const Region& r : code->regions) {
    if (r.leading) {
      if (matched.test(*r.leading)) return AnyType(r, matched, national.size());
      continue;
    }
    if (AnyType(r, matched, national.size())) return true;
  }
  return false;
}

}  // namespace deskbench
