# Generated fixture: random values with the provider's structure, never real keys.
// ruleid: SEC011
const firebaseConfig = { apiKey: "AIza9mGGjjEG3PIbIzOGifj8PDRwW8th5pErxPt" };
// ok: SEC011
const key = "AIzak4denvnhbvu80222H5uQ";
// ok: SEC011
const key = "AIzaSyEXAMPLEEXAMPLEEXAMPLEEXAMPLE1234";
