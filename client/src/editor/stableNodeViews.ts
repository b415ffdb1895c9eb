import { Extension } from '@tiptap/core';

/**
 * Keeps ProseMirror from drawing the whole document a second time when the editor appears. TipTap's
 * EditorContent calls `editor.createNodeViews()` as it mounts, which hands the view new node view functions;
 * ProseMirror cannot tell they are the same and redraws every block (tiptap#6286: 200 ms for the 300-decision
 * compilation on a slow machine). The view already has them: TipTap passes them when it creates the view. So
 * the call is skipped while the view holds node views, and still runs after EditorContent's unmount has
 * cleared them. The editor has no React node views, which are what that call is for.
 */
export const StableNodeViews = Extension.create({
  name: 'stableNodeViews',
  onBeforeCreate() {
    const { editor } = this;
    const createNodeViews = editor.createNodeViews.bind(editor);
    editor.createNodeViews = () => {
      const current = editor.view.props.nodeViews;
      if (current && Object.keys(current).length > 0) return;
      createNodeViews();
    };
  },
});
