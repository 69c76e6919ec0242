package main

import (
	"context"
	"fmt"
	"os/exec"
)

func convert(ctx context.Context, name string) {
	// ruleid: GO101
	exec.Command("sh", "-c", "convert "+name+" out.png").Run()
	// ruleid: GO101
	exec.CommandContext(ctx, "bash", "-c", fmt.Sprintf("tar czf %s.tgz .", name)).Run()
	// ok: GO101
	exec.Command("convert", name, "out.png").Run()
	// ok: GO101
	exec.Command("sh", "-c", "ls -l | wc -l").Run()
}
