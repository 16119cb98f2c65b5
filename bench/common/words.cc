// Filler prose: ordinary business sentences that hold no entity, so every finding in them is a
// false positive. Capitalised sentence starts and Title Case words are there on purpose.

#include <string_view>

#include "common/values.h"

namespace bench {

namespace {
constexpr std::string_view kSentences[] = {
    "Thanks for the quick turnaround on this.",
    "Please review the attached draft before Friday.",
    "The vendor confirmed the revised delivery schedule.",
    "We agreed to revisit the pricing model next quarter.",
    "Let me know if anything in the summary looks wrong.",
    "Finance will reconcile the open items by the end of the month.",
    "The migration went smoothly apart from two minor timeouts.",
    "Our priority remains retention over new acquisition.",
    "Legal has asked for one more round of edits on the contract.",
    "Attendance at the workshop was better than expected.",
    "We still need sign-off from Procurement on the renewal.",
    "The dashboard now refreshes every fifteen minutes.",
    "Can you share the latest numbers with the wider team?",
    "Support tickets dropped after the new onboarding flow went live.",
    "Headcount for the next phase is still under discussion.",
    "Travel expenses must be submitted within thirty days.",
    "The board pack will go out on Monday morning.",
    "Marketing wants a shorter version of the case study.",
    "Some customers reported slow exports during peak hours.",
    "I have moved the review to the larger meeting room.",
    "The pilot will run for six weeks before we decide.",
    "Please keep the distribution list small for now.",
    "Security will run the quarterly access review next week.",
    "We should archive the old project folders after the audit.",
    "Everyone on the call agreed the scope is realistic.",
    "Customer feedback on the beta has been mostly positive.",
    "Operations flagged a backlog in the returns queue.",
    "Quality checks passed on all but one batch.",
    "The renewal terms are unchanged from last year.",
    "Happy to jump on a call if that is easier.",
    "Our Summer Offsite agenda is still being drafted.",
    "Monday standups move to the afternoon starting next week.",
    "The Internal Tools team owns the reporting pipeline.",
    "Budget approval is expected after the steering meeting.",
    "All contractors must complete the compliance training.",
    "The warehouse upgrade is on track and within budget.",
};
constexpr std::string_view kWords[] = {
    "status",   "update",   "review",   "budget",  "client",  "report",  "project", "team",
    "schedule", "pipeline", "contract", "invoice", "renewal", "meeting", "roadmap", "forecast"};
}  // namespace

std::string Faker::Sentence() {
  return std::string(rng_.Pick(kSentences));
}
std::string Faker::Word() {
  return std::string(rng_.Pick(kWords));
}

}  // namespace bench
