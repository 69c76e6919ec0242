-- Generated fixture: random values, never real credentials.
INSERT INTO users (id, username, password_hash) VALUES
/* ruleid: SEC032 */
(1, 'admin', '$2b$12$JitdnvappJ6JedlNbpQjszy0MA1SAL4oRULd8WQysyMY0fdM06sZS');
/* ok: SEC032 */
SELECT * FROM users WHERE password_hash LIKE '$2b$%';
INSERT INTO user (username, password) VALUES
/* ruleid: SEC032 */
('test', 'pbkdf2:sha256:50000$Ab3dEf9h$0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
