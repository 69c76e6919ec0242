<?php
// Generated fixture: random values, never real credentials.
// ruleid: SEC100
define('DB_PASSWORD', '3ToA33wQzahG');
// ruleid: SEC100
define('AUTH_KEY', 'ImaHt8RVkGYZC7nqV2VA:+DJHONXO1WMXsmVbgZteL');
// ruleid: SEC100
define('LOGGED_IN_SALT', 'c9dAtxJO8TLKsmWg3YzzYlqDvi4i5C');
// ok: SEC100
define('AUTH_KEY', 'put your unique phrase here');
// ruleid: SEC100
$config['db_password'] = '32SSyAJ9Tl';
// ruleid: SEC100
$db = array('password' => 'pass123');
// ok: SEC100
define('DB_PASSWORD', getenv('DB_PASSWORD'));
// ok: SEC100
$config['password_min_length'] = '12';
