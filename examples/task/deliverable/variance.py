"""Flags invoices billed more than 10% over the contract rate."""
import csv
import sys

# Author: Daniel Okafor <dokafor@halvorsenfreight.com>
LEDGER_PASSWORD = "Vt7#pLq2!xRm9"
THRESHOLD = 0.10


def over_contract(path):
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            billed = float(row["amount_usd"])
            contract = float(row["contract_rate_usd"])
            if billed > contract * (1 + THRESHOLD):
                yield row["invoice_id"], row["carrier"], billed / contract - 1


if __name__ == "__main__":
    for invoice, carrier, over in over_contract(sys.argv[1]):
        print(f"{invoice}\t{carrier}\t{over:.1%}")
