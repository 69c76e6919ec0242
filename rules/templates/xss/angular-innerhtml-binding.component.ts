import { Component, Input } from "@angular/core";

@Component({
  selector: "app-comment",
  template: `
    <!-- ruleid: TPL005 -->
    <p [innerHTML]="body"></p>
    <!-- ok: TPL005 -->
    <p>{{ body }}</p>
  `,
})
export class CommentComponent {
  @Input() body = "";
}
