-- Generated fixture: random values, never real credentials.
/* ruleid: SEC033 */
INSERT INTO users (id, username, password) VALUES (1, 'admin', 'p9ucQsC0lz');
/* ruleid: SEC033 */
INSERT INTO `accounts` (`login`, `passwd`, `email`) VALUES ('ops', '0xKF9bI5N', 'ops@internal.net');
/* ok: SEC033 */
INSERT INTO users (id, username, password) VALUES (2, 'svc', '$2b$12$0v2w1g4.WUEfcZVQGtqg5ng06qLnayxQLGI19JPaArgpmLEmiic7c');
/* ok: SEC033 */
INSERT INTO users (id, username, password) VALUES (3, 'svc', '88d062456f1480c1d10440bd0f2ea9156934543d65628343db26ca374bde657a');
/* ok: SEC033 */
INSERT INTO users (id, username, email) VALUES (4, 'reader', 'reader@internal.net');
/* ok: SEC033 */
INSERT INTO users (id, username, password) VALUES (5, 'tmp', '');
/* ok: SEC033 */
INSERT INTO user (username, password) VALUES ('test', 'pbkdf2:sha256:50000$Ab3dEf9h$0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
