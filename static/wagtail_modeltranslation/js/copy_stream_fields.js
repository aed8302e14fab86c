/* Served in place of wagtail-modeltranslation's file of the same name (the project's static/ folder comes first):
   its "Copy content from" buttons post to a view without a permission check and mislabel their direction.
   Editors copy with "Copy text between languages" instead (iurc_site/core/admin_views.py, copy_language). */
