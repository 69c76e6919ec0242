# Generated fixture: random values, never real credentials.
# ruleid: SEC100
db_password = "ReGsaL1dvnyzv0Zz"
# ok: SEC100
db_password_length = 24
# ok: SEC100
db_username = "app"
