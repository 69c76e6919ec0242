package main

import "html/template"

type User struct{ Bio string }

func page(u User) map[string]any {
	return map[string]any{
		// ruleid: GO103
		"Bio": template.HTML(u.Bio),
		// ruleid: GO103
		"Link": template.URL("https://example.org/?q=" + u.Bio),
		// ok: GO103
		"Sep": template.HTML("<hr>"),
		// ok: GO103
		"Name": u.Bio,
		// ok: GO103
		"Quoted": template.HTML(template.HTMLEscapeString(u.Bio)),
	}
}
