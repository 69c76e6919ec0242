# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC023
TELEGRAM_BOT_TOKEN = "2128786052:AAVeReWRcxLiRoCaDOt_GKQqomH-svE1Ysy"
# ok: SEC023
TELEGRAM_BOT_TOKEN = "123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: SEC023
t = "12:AARh58xSYaJJNV0_2kSQ9jZWm4b5GIr-db9"
