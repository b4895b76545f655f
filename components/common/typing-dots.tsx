/** Three bouncing dots: the reply has been asked for and nothing has arrived yet. */
export function TypingDots() {
  return (
    <span className="inline-flex h-7 items-center gap-1" aria-hidden="true">
      {[0, 150, 300].map((delay) => (
        <span
          key={delay}
          className="h-2 w-2 animate-bounce rounded-full bg-muted-foreground/60"
          style={{ animationDelay: `${delay}ms` }}
        />
      ))}
    </span>
  );
}
