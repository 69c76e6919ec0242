import DOMPurify from 'isomorphic-dompurify';
import { marked } from 'marked';
import { useEffect, useState } from 'react';

type Comment = {
  id: string;
  author: string;
  body: string;
  createdAt: string;
};

type Props = {
  postId: string;
  allowMarkdown?: boolean;
};

function timeAgo(iso: string): string {
  const diff = (Date.now() - new Date(iso).getTime()) / 1000;
  if (diff < 60) return 'just now';
  if (diff < 3600) return `${Math.floor(diff / 60)}m ago`;
  if (diff < 86400) return `${Math.floor(diff / 3600)}h ago`;
  return `${Math.floor(diff / 86400)}d ago`;
}

export function CommentBody({ body, allowMarkdown }: { body: string; allowMarkdown?: boolean }) {
  if (allowMarkdown) {
    const html = DOMPurify.sanitize(marked.parse(body) as string);
    return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return <div className="prose" dangerouslySetInnerHTML={{ __html: body }} />;
}

export function AiSummary({ postId }: { postId: string }) {
  const [summary, setSummary] = useState<string>('');

  useEffect(() => {
    fetch(`/api/summarize?post=${encodeURIComponent(postId)}`)
      .then((r) => r.json())
      .then((data) => setSummary(data.summary));
  }, [postId]);

  if (!summary) return null;
  return (
    <aside className="ai-summary">
      <h4>AI summary</h4>
      <div dangerouslySetInnerHTML={{ __html: summary }} />
    </aside>
  );
}

export default function CommentList({ postId, allowMarkdown = false }: Props) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/posts/${encodeURIComponent(postId)}/comments`)
      .then((r) => r.json())
      .then((data: Comment[]) => {
        if (!cancelled) setComments(data);
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [postId]);

  if (loading) return <p>Loading comments…</p>;
  if (comments.length === 0) return <p className="muted">No comments yet. Be the first!</p>;

  return (
    <section>
      <AiSummary postId={postId} />
      <ul className="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <header>
              <span className="author">{c.author}</span>
              <time dateTime={c.createdAt}>{timeAgo(c.createdAt)}</time>
            </header>
            <CommentBody body={c.body} allowMarkdown={allowMarkdown} />
          </li>
        ))}
      </ul>
    </section>
  );
}
