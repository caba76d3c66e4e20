/**
 * The head script that applies the reader's stored colour scheme before first paint (no flash of
 * the other scheme). Inline in <head> on every page, and one constant so the Content-Security-
 * Policy can allow it by hash. Without a stored choice it does nothing and the CSS follows the
 * system setting (color-scheme: light dark); the header toggle stores the choice.
 */
export const THEME_INIT = `try{var t=localStorage.theme;if(t=="dark"||t=="light")document.documentElement.dataset.theme=t}catch(e){}`;
