"""The pages' templates and style sheet, kept in the package as text (no template folder to
ship or freeze). Jinja escapes every value; the pages work without JavaScript."""

from __future__ import annotations

BASE = """<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>{{ page_title }} – {{ t.site }}</title>
<link rel="stylesheet" href="{{ url_for('style') }}">
</head>
<body>
<a class="skip" href="#main">{{ t.skip }}</a>
<header class="top">
<span class="site">{{ t.site }}</span>
<a class="lang" href="{{ switch_url }}" hreflang="{{ other }}" lang="{{ other }}"
 aria-label="{{ t.switch_label }}">{{ t.switch }}</a>
</header>
<main id="main">
{% block main %}{% endblock %}
</main>
</body>
</html>
"""

MESSAGE = """{% extends "base.html" %}
{% block main %}
<h1>{{ page_title }}</h1>
{% for line in lines %}<p class="message">{{ line }}</p>{% endfor %}
{% endblock %}
"""

SECTIONS = """{% macro head(f) -%}
{{ f.label }} <span class="req">({{ t.required if f.required else t.optional }})</span>
{%- endmacro %}
{% macro notes(f) -%}
{% if f.help %}<p class="help" id="{{ f.name }}-help">{{ f.help }}</p>{% endif %}
{% if f.problem %}<p class="err" id="{{ f.name }}-err">{{ f.problem }}</p>{% endif %}
{%- endmacro %}
{% macro described(f) -%}
{% set ids = [] %}{% if f.help %}{% set _ = ids.append(f.name ~ '-help') %}{% endif %}
{% if f.problem %}{% set _ = ids.append(f.name ~ '-err') %}{% endif %}
{% if f.compact %}{% set _ = ids.append(f.name ~ '-ends') %}{% endif %}
{% if ids %} aria-describedby="{{ ids|join(' ') }}"{% endif %}
{%- endmacro %}
{% macro field(f) %}
{% if f.kind in ('radio', 'check') %}
<fieldset class="q{% if f.problem %} bad{% endif %}" id="{{ f.name }}"{{ described(f) }}>
<legend>{{ head(f) }}</legend>
{{ notes(f) }}
<div class="opts{% if f.compact %} grid{% endif %}">
{% for c in f.choices %}
<label class="opt"><input type="{{ 'checkbox' if f.kind == 'check' else 'radio' }}"
 name="{{ f.name }}" value="{{ c.value }}"
 {%- if (f.kind == 'check' and c.value in f.values) or c.value == f.value %} checked{% endif %}>
<span class="choice"><span class="val">{{ c.label }}</span>
{%- if c.hint and not f.compact %} <span class="hint">{{ c.hint }}</span>{% endif %}</span></label>
{% endfor %}
</div>
{% if f.compact %}<p class="ends" id="{{ f.name }}-ends">
{%- for c in f.choices if c.hint %}<span>{{ c.label }} = {{ c.hint }}</span>{% endfor %}</p>{% endif %}
</fieldset>
{% else %}
<div class="q{% if f.problem %} bad{% endif %}">
<label class="qlabel" for="{{ f.name }}">{{ head(f) }}</label>
{{ notes(f) }}
{% if f.kind == 'number' %}
<span class="numrow"><input id="{{ f.name }}" name="{{ f.name }}" type="text" inputmode="numeric"
 autocomplete="off" size="6" maxlength="7" value="{{ f.value }}"
 {%- if f.problem %} aria-invalid="true"{% endif %}{{ described(f) }}>
 {% if f.unit %}<span class="unit">{{ f.unit }}</span>{% endif %}</span>
{% else %}
<textarea id="{{ f.name }}" name="{{ f.name }}" rows="4" maxlength="{{ f.max_length }}"
 {%- if f.problem %} aria-invalid="true"{% endif %}{{ described(f) }}>{{ f.value }}</textarea>
{% endif %}
</div>
{% endif %}
{% endmacro %}
{% for s in sections %}
{% if s.optional %}
<details class="block optional"{% if s.has_problem or s.has_answer %} open{% endif %}>
<summary><span class="btitle">{{ s.title }}</span>
{% if s.help %}<span class="help">{{ s.help }}</span>{% endif %}</summary>
{% else %}
<section class="block" aria-labelledby="b-{{ s.key }}">
<h2 id="b-{{ s.key }}">{{ s.title }}</h2>
{% if s.help %}<p class="help">{{ s.help }}</p>{% endif %}
{% endif %}
{% for f in s.fields %}{{ field(f) }}{% endfor %}
{% if s.optional %}</details>{% else %}</section>{% endif %}
{% endfor %}
"""

FORM = """{% extends "base.html" %}
{% block main %}
<h1>{{ t.title }}</h1>
<dl class="loan">
<div><dt>{{ t.product }}</dt><dd>{{ product }}</dd></div>
<div><dt>{{ t.period }}</dt><dd>{{ period }}</dd></div>
</dl>
<p class="intro">{{ t.intro }}</p>
{% if notice or summary %}
<div class="problems" role="alert" id="problems">
<h2>{{ t.problems_title }}</h2>
{% if notice %}<p>{{ notice }}</p>{% endif %}
{% if summary %}<p>{{ t.problems_intro }}</p>
<ul>{% for target, label, text in summary %}
<li><a href="#{{ target }}">{{ label }}</a> — {{ text }}</li>{% endfor %}</ul>{% endif %}
</div>
{% endif %}
<form method="post" action="{{ action }}" accept-charset="utf-8" novalidate>
<input type="hidden" name="_csrf" value="{{ csrf }}">
<input type="hidden" name="_lang" value="{{ lang }}">
{{ sections_html }}
<section class="block" aria-labelledby="b-you">
<h2 id="b-you">{{ t.about_you }}</h2>
<div class="q{% if name_problem %} bad{% endif %}">
<label class="qlabel" for="_name">{{ t.name }} <span class="req">({{ t.optional }})</span></label>
<p class="help" id="_name-help">{{ t.name_help }}</p>
{% if name_problem %}<p class="err" id="_name-err">{{ name_problem }}</p>{% endif %}
<input id="_name" name="_name" type="text" autocomplete="name" maxlength="200" value="{{ name }}"
 aria-describedby="_name-help{% if name_problem %} _name-err{% endif %}"
 {%- if name_problem %} aria-invalid="true"{% endif %}>
</div>
<div class="q">
<label class="qlabel" for="_discipline">{{ t.discipline }} <span class="req">({{ t.optional }})</span></label>
<p class="help" id="_discipline-help">{{ t.discipline_help }}</p>
<input id="_discipline" name="_discipline" type="text" autocomplete="organization-title"
 maxlength="120" value="{{ discipline }}" aria-describedby="_discipline-help">
</div>
<div class="q consent">
<label class="opt"><input type="checkbox" id="_consent" name="_consent" value="yes"
 aria-describedby="_consent-help"{% if consent %} checked{% endif %}>
<span class="choice"><span class="val">{{ t.consent }}</span></span></label>
<p class="help" id="_consent-help">{{ t.consent_help }}</p>
</div>
</section>
<button type="submit" class="send">{{ t.submit }}</button>
</form>
{% endblock %}
"""

TEMPLATES = {
    "base.html": BASE,
    "message.html": MESSAGE,
    "form.html": FORM,
    "sections.html": SECTIONS,
}

STYLE = """
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
 font-size:1.125rem;line-height:1.5;color:#1b2733;background:#f3f6f9}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:.5rem;z-index:2}
.top{display:flex;justify-content:space-between;align-items:center;gap:1rem;
 background:#1f4e79;color:#fff;padding:.5rem 1rem;min-height:3.25rem}
.site{font-weight:600}
.lang{color:#fff;font-weight:600;padding:.6rem .9rem;border:2px solid #fff;border-radius:.5rem;
 text-decoration:none;min-height:48px;display:inline-flex;align-items:center}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem;line-height:1.25}
h2{font-size:1.3rem;margin:0 0 .5rem;color:#1f3447}
.loan{background:#fff;border-radius:.75rem;padding:.75rem 1rem;margin:0 0 1rem;
 border:1px solid #c9d4df}
.loan div{display:flex;flex-wrap:wrap;gap:0 .75rem}
.loan dt{font-weight:600;min-width:5.5rem}
.loan dd{margin:0}
.block{background:#fff;border:1px solid #c9d4df;border-radius:.75rem;padding:1rem;margin:0 0 1rem}
.optional summary{cursor:pointer;min-height:48px;padding:.25rem 0;list-style-position:outside}
.btitle{font-size:1.3rem;font-weight:700;color:#1f3447;display:block}
summary .help{display:block}
.q{border:0;margin:0;padding:.85rem 0 1rem;border-top:1px solid #e3e9ef;min-width:0}
.block h2 + .q,.block h2 + .help + .q,summary + .q{border-top:0}
legend,.qlabel{font-weight:600;padding:0;display:block;margin-bottom:.35rem;max-width:100%}
.req{font-weight:400;color:#4a5a6a;font-size:.95rem}
.help{color:#4a5a6a;font-size:1rem;margin:.1rem 0 .5rem}
.err{color:#8c1d18;font-weight:700;margin:.2rem 0 .5rem}
.err::before{content:"⚠ "}
.bad{border-left:6px solid #b3261e;padding-left:.75rem}
.opts{display:flex;flex-direction:column;gap:.4rem}
.opts.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(3.2rem,1fr))}
.opt{display:flex;align-items:center;gap:.65rem;min-height:48px;padding:.45rem .75rem;
 border:2px solid #9fb2c4;border-radius:.6rem;background:#fff;cursor:pointer}
.grid .opt{justify-content:center;padding:.45rem .2rem}
.opt input{width:1.5rem;height:1.5rem;margin:0;flex:none;accent-color:#1f4e79}
.grid .opt input{width:1.2rem;height:1.2rem}
.opt:has(input:checked){border-color:#1f4e79;background:#e4eef8}
.opt:focus-within{outline:3px solid #f2a900;outline-offset:2px}
.val{font-weight:600}
.hint{color:#33475b}
.choice{display:flex;flex-wrap:wrap;gap:0 .5rem}
.ends{display:flex;justify-content:space-between;gap:1rem;color:#4a5a6a;font-size:1rem;margin:.4rem 0 0}
input[type=text],textarea{font:inherit;width:100%;padding:.7rem .8rem;border:2px solid #6b7f93;
 border-radius:.5rem;background:#fff;min-height:48px}
.numrow{display:flex;align-items:center;gap:.6rem}
.numrow input{width:7rem}
input:focus,textarea:focus,button:focus,summary:focus,.lang:focus,a:focus{
 outline:3px solid #f2a900;outline-offset:2px}
.consent .opt{border-color:#1f4e79}
.problems{background:#fdecea;border:2px solid #b3261e;border-radius:.75rem;padding:1rem;margin:0 0 1rem}
.problems h2{color:#8c1d18}
.problems a{color:#8c1d18;font-weight:700}
.send{font:inherit;font-weight:700;font-size:1.25rem;width:100%;min-height:56px;border:0;
 border-radius:.75rem;background:#1f4e79;color:#fff;cursor:pointer;margin:.5rem 0 2rem}
.message{font-size:1.2rem}
@media (min-width:48rem){main{padding:1.5rem}}
"""
