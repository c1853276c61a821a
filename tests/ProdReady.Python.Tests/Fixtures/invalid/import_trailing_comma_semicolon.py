from x import a,;
