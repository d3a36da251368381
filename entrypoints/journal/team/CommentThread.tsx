import { useId, useState } from 'preact/hooks';
import { formatDateTime } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { FeedbackTarget, TeamComment } from '../../../storage/exchange-schemas';
import { addTeamComment, deleteTeamComment, editTeamComment, isAbout } from '../../../storage/team-comments';

interface Props {
  learnerId: string;
  target: FeedbackTarget;
  /** What the comment is about, for labels ("Comment on <title>"). */
  about: string;
  comments: TeamComment[];
}

/** The manager's comments on one shared item (or the period): listed, editable, deletable, and a form to add one. */
export function CommentThread({ learnerId, target, about, comments }: Props) {
  const mine = comments.filter((comment) => isAbout(comment, target));
  const [isAdding, setAdding] = useState(false);
  return (
    <div class="comment-thread">
      {mine.length > 0 && (
        <ul class="comment-list" aria-label={t('teamCommentsOn', about)}>
          {mine.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      {isAdding ? (
        <CommentForm
          label={t('teamCommentLabel', about)}
          initial=""
          onSave={async (text) => {
            await addTeamComment(learnerId, target, text, Date.now());
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" class="comment-add" onClick={() => setAdding(true)}>
          {t('teamCommentAdd')}
          <span class="visually-hidden"> ({about})</span>
        </button>
      )}
    </div>
  );
}

function CommentItem({ comment }: { comment: TeamComment }) {
  const [isEditing, setEditing] = useState(false);
  if (isEditing) {
    return (
      <li class="comment">
        <CommentForm
          label={t('teamCommentEditLabel')}
          initial={comment.text}
          onSave={async (text) => {
            await editTeamComment(comment.id, text, Date.now());
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class="comment">
      <p class="comment-text">{comment.text}</p>
      <p class="muted comment-meta">
        <time dateTime={new Date(comment.updatedAt).toISOString()}>{formatDateTime(comment.updatedAt)}</time>{' '}
        <button type="button" class="link-button" onClick={() => setEditing(true)}>
          {t('teamCommentEdit')}
        </button>{' '}
        <button type="button" class="link-button" onClick={() => deleteTeamComment(comment.id)}>
          {t('teamCommentDelete')}
        </button>
      </p>
    </li>
  );
}

interface FormProps {
  label: string;
  initial: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}

function CommentForm({ label, initial, onSave, onCancel }: FormProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const id = useId();
  const save = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('teamCommentEmpty'));
      return;
    }
    try {
      await onSave(text);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <form class="comment-form" onSubmit={save}>
      <label for={id}>{label}</label>
      {/* biome-ignore lint/a11y/noAutofocus: the form opens on the user's click, to type into it. */}
      <textarea id={id} rows={3} maxLength={100_000} value={text} autoFocus onInput={(event) => setText(event.currentTarget.value)} />
      <p role="alert" class="error">
        {error}
      </p>
      <div class="form-actions">
        <button type="submit">{t('teamCommentSave')}</button>
        <button type="button" onClick={onCancel}>
          {t('teamCancel')}
        </button>
      </div>
    </form>
  );
}
