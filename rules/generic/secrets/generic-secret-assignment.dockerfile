# Generated fixture: random values, never real credentials.
FROM python:3.12
# ruleid: SEC100
ENV DB_PASSWORD i75qB4sA9Q0N
# ruleid: SEC100
ARG NPM_TOKEN=ksyRRM3NQTCmyv4mwaQwSs92m5QQkYOqQAVW
# ok: SEC100
ARG NPM_TOKEN
# ok: SEC100
ENV API_KEY=${API_KEY}
# ok: SEC100
ENV PASSWORD_FILE /run/secrets/db_password
