package pay

// ruleid: GO701
func Charge(card string, amount int) error {
	panic("not implemented")
}

// ruleid: GO701
func Refund(card string) error {
	// TODO: implement refunds
	return nil
}

// ok: GO701
func (g *Gateway) Close() error {
	return nil
}

// ok: GO701
func Must(err error) {
	panic(err)
}
