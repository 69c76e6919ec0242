package pay

func Send(o Order) {
	// ruleid: GO801
	if err := o.Send(); err != nil {
	}
	err := o.Close()
	// ruleid: GO801
	_ = err
	// ok: GO801
	if err := o.Archive(); err != nil {
		// archived already by the peer
	}
	// ok: GO801
	if err := o.Log(); err != nil {
		log.Print(err)
	}
}
