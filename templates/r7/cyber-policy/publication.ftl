<#-- cyber.publication 公表 (the statute asks for it) -->
この方針を定め、又は変更したときは、遅滞なくこれを公表する。
