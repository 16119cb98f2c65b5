// Recall on names from many countries, in sentences written for this test (not taken from any
// data set): "sentence|name;name". The lists of data/*_intl.txt give most of them; the rest need
// a context word the sentence may lack, so the bar is a rate, not every name.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "detect/engine.h"

namespace deskbench {
namespace {

constexpr std::string_view kSentences =
    R"(The contract was signed by Björn Lindqvist and Amara Okafor.|Björn Lindqvist;Amara Okafor
Keisuke Nishida will present the quarterly figures on Thursday.|Keisuke Nishida
Please forward the invoice to Dmitri Volkov in accounts.|Dmitri Volkov
We met Ludwig van Beethoven at the archive.|Ludwig van Beethoven
The audit was led by Jürgen Hofmann.|Jürgen Hofmann
Our new regional manager is Chidi Eze.|Chidi Eze
Approved by Oluwaseun Adebayo on behalf of the board.|Oluwaseun Adebayo
Ingrid Halvorsen joined the Oslo office last spring.|Ingrid Halvorsen
The proposal from Marek Nowicki arrived late.|Marek Nowicki
Hiroshi Tanabe and Yuko Morimoto reviewed the draft.|Hiroshi Tanabe;Yuko Morimoto
Contact Priyanka Deshmukh for the onboarding schedule.|Priyanka Deshmukh
The lease was countersigned by Tomasz Wiśniewski.|Tomasz Wiśniewski
Sven Bergström asked for the updated budget.|Sven Bergström
Payment was received from Alejandro Quintero yesterday.|Alejandro Quintero
The minutes were taken by Giulia Benedetti.|Giulia Benedetti
Mehmet Öztürk will handle the customs paperwork.|Mehmet Öztürk
Please cc Nguyen Van Thanh on the shipping notice.|Nguyen Van Thanh
Kwame Mensah confirmed the delivery window.|Kwame Mensah
The invoice lists Fatemeh Rahimi as the contact person.|Fatemeh Rahimi
Sergei Kuznetsov signed the non-disclosure agreement.|Sergei Kuznetsov
Our auditor, Anneliese Brandt, found no issues.|Anneliese Brandt
The workshop is run by Matthijs de Vries.|Matthijs de Vries
Ji-hoon Park sent the revised drawings.|Ji-hoon Park
The complaint was filed by Olga Petrenko.|Olga Petrenko
Call Rafael Cordeiro about the warehouse lease.|Rafael Cordeiro
Ayodele Ogunleye is the project sponsor.|Ayodele Ogunleye
We hired Lukas Novák as a consultant.|Lukas Novák
Zsófia Kovács will translate the manual.|Zsófia Kovács
The deposit was wired by Carlos Mendoza Ruiz.|Carlos Mendoza Ruiz
Aiko Watanabe requested a refund.|Aiko Watanabe
Per Ulrika Sandberg, the shipment is delayed.|Ulrika Sandberg
The report was prepared by Rohan Mehta and Ananya Iyer.|Rohan Mehta;Ananya Iyer
Wanjiru Kamau chairs the review committee.|Wanjiru Kamau
Send the signed copy to Stavros Papadakis.|Stavros Papadakis
Elif Yıldız approved the marketing plan.|Elif Yıldız
The tenant, Bogdan Ionescu, paid the rent in full.|Bogdan Ionescu
Ahmad Karimi leads the Dubai sales team.|Ahmad Karimi
Our thanks go to Ines Carvalho for the translation.|Ines Carvalho
The memo from Pieter Janssens was forwarded to legal.|Pieter Janssens
Takeshi Ishikawa will visit the plant next week.|Takeshi Ishikawa
The agreement names Svetlana Morozova as guarantor.|Svetlana Morozova
François Dubois approved the purchase order.|François Dubois
Please ask Magdalena Zielińska for the timesheets.|Magdalena Zielińska
Emeka Nwosu reviewed the supplier contract.|Emeka Nwosu
Lars Henriksen and Mette Kjær will attend.|Lars Henriksen;Mette Kjær
The candidate, Ricardo Almeida, starts in March.|Ricardo Almeida
Yusuf Demir submitted the expense claim.|Yusuf Demir
Hanna Virtanen sent the signed purchase order.|Hanna Virtanen
The quote was requested by Wei Zhang.|Wei Zhang
Mariana Oliveira manages the São Paulo account.|Mariana Oliveira
Andrzej Kamiński left the company in June.|Andrzej Kamiński
The briefing was given by Sakura Yamaguchi.|Sakura Yamaguchi
Klaus Richter owns the maintenance contract.|Klaus Richter
Please reimburse Adaeze Obi for the travel costs.|Adaeze Obi
Vikram Raghunathan negotiated the discount.|Vikram Raghunathan
The letter was addressed to Ekaterina Sokolova.|Ekaterina Sokolova
Matteo Ferrari presented the sales forecast.|Matteo Ferrari
Our legal counsel, Nadia Haddad, reviewed the clause.|Nadia Haddad
The inspection was carried out by Jan Dvořák.|Jan Dvořák
Thandiwe Ndlovu joined as finance director.|Thandiwe Ndlovu
Signed on behalf of the supplier by Kenji Hayashi.|Kenji Hayashi
Isabel Fernández wants the report by Friday.|Isabel Fernández
The loan application of Tariq Mahmood was approved.|Tariq Mahmood
Hendrik Visser raised the invoice dispute.|Hendrik Visser
Minh Anh Tran is the new office manager.|Minh Anh Tran
The consultant Dragan Petrović sent his estimate.|Dragan Petrović
Aurélie Lefebvre scheduled the kickoff meeting.|Aurélie Lefebvre
Ask Kofi Boateng about the customs clearance.|Kofi Boateng
Our trainee, Sofia Lindgren, drafted the memo.|Sofia Lindgren
Alexei Smirnov confirmed the hotel booking.|Alexei Smirnov
The invoice was disputed by Gustavo Pereira.|Gustavo Pereira
Ravi Subramanian chairs the audit committee.|Ravi Subramanian
Mirela Popescu handles payroll for the region.|Mirela Popescu
The deed was witnessed by Seamus Ó Briain.|Seamus Ó Briain
Yerlan Abenov manages the Almaty branch.|Yerlan Abenov
The shipment was received by Joanna Wróbel.|Joanna Wróbel
Daisuke Kobayashi is our contact at the distributor.|Daisuke Kobayashi
Agnieszka Lewandowska approved the overtime.|Agnieszka Lewandowska
Contact Babajide Adeyemi for the licence renewal.|Babajide Adeyemi
The estimate from Stefan Wagner was too high.|Stefan Wagner
Leila Benali will coordinate the move.|Leila Benali
The report cites Haruto Suzuki as the author.|Haruto Suzuki
Pavel Horák asked for a copy of the lease.|Pavel Horák
Farida Yusupova translated the contract.|Farida Yusupova
The reference letter came from Tiago Costa.|Tiago Costa
Erik Johansson will replace the team lead.|Erik Johansson
Chiamaka Nwachukwu organised the conference.|Chiamaka Nwachukwu
The quotation was sent by Antonio Esposito.|Antonio Esposito
Maximilian Schneider signed the delivery note.|Maximilian Schneider
Our supplier contact is Ayumi Fujita.|Ayumi Fujita
Rustam Nazarov requested the bank details.|Rustam Nazarov
The claim was rejected by Helga Schmitt.|Helga Schmitt
Juan Pablo Herrera confirmed the order.|Juan Pablo Herrera
Anjali Krishnan joined the procurement team.|Anjali Krishnan
Goran Jovanović reviewed the safety report.|Goran Jovanović
The presentation was given by Akua Asante.|Akua Asante
Timo Lehtinen booked the conference room.|Timo Lehtinen
Please thank Rasmus Nielsen for the referral.|Rasmus Nielsen
Hyun-woo Kim sent the product samples.|Hyun-woo Kim
Valentina Romano negotiated the contract terms.|Valentina Romano)";

constexpr std::string_view kEverydaySentences = R"(The quarterly report is attached for your review.
Please submit the expense claims before Friday.
The board approved the new travel policy.
Install the update and restart the server.
Our office will be closed on Monday for the holiday.
The warehouse inventory count starts at noon.
Shipping costs increased by five percent this year.
The meeting agenda includes budget planning and hiring.
See the attached spreadsheet for the revised figures.
The printer on the second floor is out of toner.)";

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl > i) out.push_back(text.substr(i, nl - i));
    i = nl + 1;
  }
  return out;
}

std::vector<std::string> Persons(std::string_view text) {
  Policy policy;
  policy.enabled.fill(false);
  policy.enabled[static_cast<size_t>(Entity::PERSON)] = true;
  static const Engine engine(policy);
  auto scanner = engine.NewScanner();
  std::vector<std::string> out;
  for (const Finding& f : scanner.Scan(text, {})) {
    if (f.type == Entity::PERSON) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

TEST(InternationalNames, MostNamesAreFoundWhole) {
  size_t names = 0, found = 0;
  std::string missed;
  for (std::string_view line : Lines(kSentences)) {
    size_t bar = line.find('|');
    ASSERT_NE(bar, std::string_view::npos) << line;
    std::vector<std::string> persons = Persons(line.substr(0, bar));
    std::string_view expected = line.substr(bar + 1);
    while (!expected.empty()) {
      size_t semi = expected.find(';');
      std::string_view name = expected.substr(0, semi);
      ++names;
      bool hit = false;
      for (const std::string& p : persons) hit = hit || p == name;
      if (hit) {
        ++found;
      } else {
        missed += std::string(name) + "; ";
      }
      expected = semi == std::string_view::npos ? std::string_view() : expected.substr(semi + 1);
    }
  }
  EXPECT_EQ(names, 104u);
  // 99 of 104 with the lists (79 without them); the five others need a source we lack.
  EXPECT_GE(found, 99u) << "not found: " << missed;
}

TEST(InternationalNames, EverydaySentencesHaveNoPerson) {
  for (std::string_view line : Lines(kEverydaySentences)) {
    EXPECT_TRUE(Persons(line).empty()) << line;
  }
}

}  // namespace
}  // namespace deskbench
