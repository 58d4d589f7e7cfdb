<#import "levels.ftl" as lv>
<#assign sM = roles.securityManager.title>
1. ${body.self}の他の課室等が作成した情報資産を入手した${staff.term}は、入手元で定められた分類及び取扱制限に従って取り扱わなければならない。
1. ${body.self}以外の者が作成した情報資産を入手した${staff.term}は、速やかにその分類を定め、表示しなければならない。
1. 分類が判断できない情報資産を入手した${staff.term}は、${sM}の判断を受けるまでの間、${lv.prot}の情報資産として取り扱わなければならない。
1. ${staff.term}は、出所が不明な情報資産又は不正な手段によって得られた情報資産を入手してはならない。
