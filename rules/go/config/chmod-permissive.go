package main

import "os"

func perms(data []byte) {
	// ruleid: GO501
	os.Chmod("run.sh", 0777)
	// ruleid: GO501
	os.WriteFile("config.json", data, 0666)
	// ok: GO501
	os.Chmod("run.sh", 0750)
	// ok: GO501
	os.WriteFile("config.json", data, 0600)
	// ok: GO501
	os.OpenFile("log.txt", os.O_CREATE|os.O_WRONLY, 0644)
}
