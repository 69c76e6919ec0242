import { Component } from "@angular/core";
import { DomSanitizer } from "@angular/platform-browser";
import DOMPurify from "dompurify";

@Component({ selector: "app-comment", template: `<div [innerHTML]="html"></div>` })
export class CommentComponent {
  constructor(private sanitizer: DomSanitizer) {}

  show(comment: { body: string; link: string }) {
    // ruleid: JS260
    this.html = this.sanitizer.bypassSecurityTrustHtml(comment.body);
    // ruleid: JS260
    this.frame = this.sanitizer.bypassSecurityTrustResourceUrl(comment.link);
    // ok: JS260
    this.logo = this.sanitizer.bypassSecurityTrustHtml("<svg><circle r='4'/></svg>");
    // ok: JS260
    this.clean = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(comment.body));
    // ok: JS260
    this.plain = this.sanitizer.sanitize(1, comment.body);
  }
}
